using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectStore.Api;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>
/// Rate limits on the anonymous endpoints, with ASP.NET Core's rate limiter: the middleware policy
/// <see cref="PerIpPolicy"/> on login and refresh (fixed window per client IP), and per username on
/// login, which the login handler asks once it has read the body.
/// </summary>
public sealed class LoginRateLimiter(IOptions<AuthOptions> options) : IDisposable
{
    public const string PerIpPolicy = "login-per-ip";

    private readonly PartitionedRateLimiter<string> perUsername = PartitionedRateLimiter.Create<string, string>(username =>
        RateLimitPartition.GetFixedWindowLimiter(username, _ => Window(options.Value.LoginRateLimit.PermitsPerUsername, options.Value.LoginRateLimit.Window)));

    /// <summary>Takes a login attempt for <paramref name="username"/>; throws 429 when its window is used up.</summary>
    public void AttemptLogin(string username)
    {
        using var lease = perUsername.AttemptAcquire(username.ToUpperInvariant());
        if (!lease.IsAcquired)
        {
            throw new EngineApiException(ApiErrors.TooManyRequests("login attempts for this username"));
        }
    }

    public void Dispose() => perUsername.Dispose();

    /// <summary>The per-IP middleware policy and the 429 answer in the error envelope.</summary>
    public static void Configure(RateLimiterOptions limiter)
    {
        limiter.AddPolicy(PerIpPolicy, context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.LoginRateLimit;
            return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => Window(settings.PermitsPerIp, settings.Window));
        });
        limiter.OnRejected = (rejected, _) =>
        {
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return new ValueTask(rejected.HttpContext.RequestServices.GetRequiredService<ApiErrorWriter>()
                .WriteAsync(rejected.HttpContext, ApiErrors.TooManyRequests("login attempts from this address")));
        };
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
