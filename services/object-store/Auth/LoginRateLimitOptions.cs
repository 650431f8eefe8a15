using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>
/// Login rate limiting, section <c>Auth:LoginRateLimit</c>: per client IP, login and refresh attempts
/// (<see cref="PermitsPerIp"/>); per username, login attempts (<see cref="PermitsPerUsername"/>); each per
/// <see cref="Window"/>. Beyond them the answer is 429 with <c>Retry-After</c>.
/// </summary>
public sealed class LoginRateLimitOptions
{
    [Range(1, 1_000_000)]
    public int PermitsPerIp { get; set; } = 30;

    [Range(1, 1_000_000)]
    public int PermitsPerUsername { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "must be 1 s .. 1 day")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
