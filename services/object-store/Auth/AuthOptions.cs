using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>Engine API authentication, section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";
    public const int MinSigningKeyLength = 32;

    /// <summary>HS256 key for every token this service issues and accepts (<c>Auth__SigningKey</c>); keep it secret.</summary>
    [Required(ErrorMessage = "a signing key of at least 32 characters is required")]
    [MinLength(MinSigningKeyLength, ErrorMessage = "must be at least 32 characters")]
    public string SigningKey { get; set; } = "";

    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    public LoginRateLimitOptions LoginRateLimit { get; set; } = new();

    /// <summary>Shortest password a new user or a password change may set.</summary>
    [Range(8, 128, ErrorMessage = "must be 8..128")]
    public int MinPasswordLength { get; set; } = 8;
}
