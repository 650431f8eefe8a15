using System.ComponentModel.DataAnnotations;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ServiceDefaults.Health;

/// <summary>
/// Which MobiusFlow service this host is and how often it reports its health, section <c>Mobius</c>:
/// <c>Mobius:ServiceSid</c> (e.g. <c>021</c> for the gateway; empty: no reports) and
/// <c>Mobius:HealthReportSeconds</c> (default 10).
/// </summary>
public sealed class ServiceHealthOptions
{
    [RegularExpression("^([0-9A-F]{3})?$", ErrorMessage = "must be 3 upper-case hex digits, e.g. 022, or empty")]
    public string ServiceSid { get; set; } = "";

    [Range(1, 300, ErrorMessage = "must be 1..300 seconds")]
    public int HealthReportSeconds { get; set; } = 10;
}

/// <summary>
/// Publishes <see cref="ServiceHealthReported"/> every <see cref="ServiceHealthOptions.HealthReportSeconds"/>
/// (the first one interval after start, once the bus is up) from the host's readiness checks (the same ones behind <c>/health/ready</c>): healthy is 1 OK,
/// unhealthy 0 with the failing checks named. The object store turns it into the service's
/// <c>serviceStatus</c> object, and marks the service unknown when the reports stop. A host without
/// <c>Mobius:ServiceSid</c> or without a bus reports nothing.
/// </summary>
public sealed partial class ServiceHealthReporter(
    IServiceProvider services,
    HealthCheckService health,
    IOptions<ServiceHealthOptions> options,
    IOptions<HubOptions> hub,
    ILogger<ServiceHealthReporter> logger) : BackgroundService
{
    private static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sid = options.Value.ServiceSid;
        if (sid.Length == 0 || services.GetService<IBus>() is not { } bus)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HealthReportSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.HealthReportSeconds));
                var report = await health.CheckHealthAsync(check => check.Tags.Contains(HealthTags.Ready), timeout.Token);
                await bus.Publish(Describe(sid, report), timeout.Token);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogNotReported(failure.Message);
            }
        }
    }

    private ServiceHealthReported Describe(string sid, HealthReport report)
    {
        var failing = report.Entries.Where(entry => entry.Value.Status != HealthStatus.Healthy)
            .Select(entry => $"{entry.Key}: {entry.Value.Status}{(entry.Value.Description is { } text ? $" ({text})" : "")}")
            .ToArray();
        return new ServiceHealthReported
        {
            Hid = hub.Value.HubId,
            Sid = sid,
            Status = report.Status == HealthStatus.Unhealthy ? ServiceHealthReported.Fault : ServiceHealthReported.Ok,
            StatusText = failing.Length == 0 ? "OK" : string.Join("; ", failing),
            Instance = Instance,
            ReportedAt = DateTimeOffset.UtcNow,
        };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Service health not reported: {Reason}")]
    private partial void LogNotReported(string reason);
}

public static class ServiceHealthReporterExtensions
{
    /// <summary>Validated <see cref="ServiceHealthOptions"/> and the <see cref="ServiceHealthReporter"/>.</summary>
    public static IServiceCollection AddServiceHealthReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ServiceHealthOptions>(configuration, HubOptions.Section);
        return services.AddHostedService<ServiceHealthReporter>();
    }
}
