using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>
/// What the Engine API's tokens look like: HS256 JWTs from one issuer, access tokens (10 min) and
/// refresh tokens (12 h) told apart by their audience so neither can stand in for the other.
/// Claims: <c>sub</c> (user id), <c>name</c>, one <c>role</c> per role; refresh tokens also <c>ver</c>.
/// </summary>
public static class EngineTokens
{
    public const string Issuer = "mobius-micro-object-store";
    public const string AccessAudience = "mobius-engine-api";
    public const string RefreshAudience = "mobius-engine-api-refresh";
    public const string SubjectClaim = "sub";
    public const string NameClaim = "name";
    public const string RoleClaim = "role";

    /// <summary>In refresh tokens: the user's token version when issued; a password change retires older ones.</summary>
    public const string VersionClaim = "ver";

    public static readonly TimeSpan AccessLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromHours(12);

    public static SymmetricSecurityKey SigningKey(AuthOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));

    public static TokenValidationParameters ValidationParameters(AuthOptions options, string audience) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = audience,
        IssuerSigningKey = SigningKey(options),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = NameClaim,
        RoleClaimType = RoleClaim,
        ClockSkew = TimeSpan.FromSeconds(30),
    };
}
