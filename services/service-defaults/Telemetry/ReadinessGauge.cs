using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mobius.Micro.ServiceDefaults.Telemetry;

/// <summary>
/// The service's readiness as a metric, <c>mobius.service.ready</c>: 1 when the readiness checks
/// (the ones behind <c>/health/ready</c>) last passed, 0 when one failed. The health check publisher
/// runs them every <see cref="Period"/>; the services' health dashboard panel is built on it.
/// </summary>
public sealed class ReadinessGauge : IHealthCheckPublisher
{
    public const string MeterName = MobiusTelemetry.Prefix + "Service";

    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    private int _ready;

    public ReadinessGauge(IMeterFactory meterFactory) =>
        meterFactory.Create(MeterName).CreateObservableGauge(
            "mobius.service.ready", () => Volatile.Read(ref _ready), description: "1 when the service's readiness checks last passed, else 0");

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _ready, report.Status == HealthStatus.Unhealthy ? 0 : 1);
        return Task.CompletedTask;
    }
}
