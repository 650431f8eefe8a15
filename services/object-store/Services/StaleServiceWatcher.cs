using System.Globalization;
using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectStore.Telemetry;

namespace Mobius.Micro.ObjectStore.Services;

/// <summary>
/// Marks a service unknown (-1) when its health reports stopped for <see cref="ServiceStatusOptions.StaleAfter"/>:
/// its container is gone, hung or cut off from the bus. Every replica checks; the first marking wins
/// and the others find the service already unknown.
/// </summary>
public sealed partial class StaleServiceWatcher(
    ServiceStatusWriter statuses, IOptions<ServiceStatusOptions> options, TimeProvider time, ObjectStoreMetrics metrics, ILogger<StaleServiceWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.CheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await MarkStaleAsync(settings.StaleAfter, stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogCheckFailed(failure.Message);
            }
        }
    }

    private async Task MarkStaleAsync(TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var (sid, status, reportedAt) in await statuses.LastReportsAsync(cancellationToken))
        {
            if (status == ServiceStatusProfile.Unknown || (reportedAt is { } last && now - last < staleAfter))
            {
                continue;
            }

            var text = string.Create(CultureInfo.InvariantCulture, $"no health report for {staleAfter.TotalSeconds:0} s");
            await statuses.WriteAsync(sid, ServiceStatusProfile.Unknown, text, now, cancellationToken);
            metrics.ServiceHealth(sid, "stale");
            LogStale(sid, text);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Service {Sid} marked unknown: {Reason}")]
    private partial void LogStale(string sid, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the services' health reports: {Reason}")]
    private partial void LogCheckFailed(string reason);
}
