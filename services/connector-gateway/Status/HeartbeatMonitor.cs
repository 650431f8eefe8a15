using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorGateway.Telemetry;

namespace Mobius.Micro.ConnectorGateway.Status;

/// <summary>
/// Takes a connector offline after three heartbeat intervals with no message at all (a connector
/// whose last will never arrived: power cut, network gone) and keeps the <c>connectors_online</c>
/// gauge current. Every replica runs it; the atomic offline step lets only one report each timeout.
/// </summary>
public sealed partial class HeartbeatMonitor(
    ConnectorPresence presence,
    ConnectorLiveStatus liveStatus,
    GatewayMetrics metrics,
    TimeProvider clock,
    IOptions<GatewayOptions> options,
    ILogger<HeartbeatMonitor> logger) : BackgroundService
{
    public const int MissedIntervalsBeforeOffline = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.HeartbeatIntervalSeconds);
        using var timer = new PeriodicTimer(TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, interval.Ticks / 4)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(clock.GetUtcNow() - interval * MissedIntervalsBeforeOffline, stoppingToken);
                var online = await presence.OnlineAsync();
                metrics.ConnectorsOnline = online.Count;
                metrics.Connectors.Swept(online);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogSweepFailed(logger, failure.Message);
            }
        }
    }

    private async Task SweepAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        foreach (var serial in await presence.SilentSinceAsync(cutoff))
        {
            if (await presence.MarkOfflineIfSilentAsync(serial, cutoff))
            {
                LogTimedOut(logger, serial, MissedIntervalsBeforeOffline);
                await liveStatus.TimedOutAsync(serial, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Connector} is offline: nothing heard for {Intervals} heartbeat intervals")]
    private static partial void LogTimedOut(ILogger logger, string connector, int intervals);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Heartbeat sweep failed, trying again next round: {Reason}")]
    private static partial void LogSweepFailed(ILogger logger, string reason);
}
