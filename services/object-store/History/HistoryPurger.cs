using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectStore.Telemetry;

namespace Mobius.Micro.ObjectStore.History;

/// <summary>Deletes history older than <see cref="HistoryOptions.Retention"/> every <see cref="HistoryOptions.PurgeInterval"/> (also at start). Several replicas purging at once only share the work.</summary>
public sealed partial class HistoryPurger(
    HistoryRepository history, IOptions<HistoryOptions> options, TimeProvider time, ObjectStoreMetrics metrics, ILogger<HistoryPurger> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.PurgeInterval, time);
        do
        {
            try
            {
                var purged = await history.PurgeAsync(time.GetUtcNow() - settings.Retention, stoppingToken);
                metrics.HistoryPurged(purged);
                if (purged > 0)
                {
                    LogPurged(purged, settings.Retention.TotalDays);
                }
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogPurgeFailed(failure.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} history values older than {Days:0.#} days")]
    private partial void LogPurged(long count, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "History purge failed: {Reason}")]
    private partial void LogPurgeFailed(string reason);
}
