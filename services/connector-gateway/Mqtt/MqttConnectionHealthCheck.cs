using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mobius.Micro.ConnectorGateway.Mqtt;

/// <summary>Ready only while the gateway is connected to the MQTT broker.</summary>
public sealed class MqttConnectionHealthCheck(MqttConnection connection) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(connection.Client.IsConnected
            ? HealthCheckResult.Healthy($"connected to {connection.Options.Host}:{connection.Options.Port}")
            : HealthCheckResult.Unhealthy($"not connected to {connection.Options.Host}:{connection.Options.Port}"));
}
