using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Mobius.Micro.WorkOccDecoder.State;

/// <summary>Ready only while Redis, which holds every sensor's state, answers a ping.</summary>
public sealed class RedisReadinessCheck(IConnectionMultiplexer redis) : IHealthCheck
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
