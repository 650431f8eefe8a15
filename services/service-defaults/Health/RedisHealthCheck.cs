using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Mobius.Micro.ServiceDefaults.Health;

/// <summary>Ready only while Redis answers a ping: for the services that keep shared state there (live status, dedup, sensor state).</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"ping {latency.TotalMilliseconds:F1} ms");
        }
        catch (RedisException failure)
        {
            return HealthCheckResult.Unhealthy("Redis unreachable", failure);
        }
    }
}
