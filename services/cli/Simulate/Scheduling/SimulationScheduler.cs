namespace Mobius.Micro.Cli.Simulate.Scheduling;

/// <summary>
/// One loop for the whole site: every tick it works out from the elapsed time how many <c>up</c>
/// messages are due in total (<see cref="RateSchedule"/>) and hands the new ones to the connectors'
/// senders in turn, plus the heartbeats that are due. No timer per message or per connector, so
/// thousands of messages per second cost a few hundred wake-ups.
/// </summary>
public sealed class SimulationScheduler(RateSchedule schedule, TimeSpan heartbeatInterval, TimeProvider clock)
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(2);

    /// <summary>
    /// Runs for the schedule's duration, or until <paramref name="cancellationToken"/> stops it early;
    /// answers how many <c>up</c> messages it handed out.
    /// </summary>
    public async Task<long> RunAsync(IReadOnlyList<IConnectorQueue> queues, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(queues.Count);
        var heartbeats = new HeartbeatSchedule(queues.Count, heartbeatInterval);
        using var timer = new PeriodicTimer(Tick, clock);
        var started = clock.GetTimestamp();
        long handedOut = 0;
        try
        {
            while (true)
            {
                var elapsed = clock.GetElapsedTime(started);
                for (var due = schedule.DueBy(elapsed); handedOut < due; handedOut++)
                {
                    await queues[RateSchedule.ConnectorOf(handedOut, queues.Count)].RequestAsync(OutboundRequest.Up, cancellationToken);
                }

                while (heartbeats.TryTakeDue(elapsed, out var connector))
                {
                    await queues[connector].RequestAsync(OutboundRequest.Heartbeat, cancellationToken);
                }

                if (elapsed >= schedule.Duration)
                {
                    return handedOut;
                }

                await timer.WaitForNextTickAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return handedOut;
        }
    }
}
