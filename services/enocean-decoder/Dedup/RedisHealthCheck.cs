using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Mobius.Micro.EnOceanDecoder.Dedup;

/// <summary>Ready only while Redis, which every replica's de-duplication shares, answers a ping.</summary>
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
