namespace Mobius.Micro.Cli.Simulate.Scheduling;

/// <summary>When each connector's next heartbeat is due: one interval after the start, then every interval.</summary>
public sealed class HeartbeatSchedule
{
    private readonly PriorityQueue<int, TimeSpan> _next = new();
    private readonly TimeSpan _interval;

    public HeartbeatSchedule(int connectors, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _interval = interval;
        for (var connector = 0; connector < connectors; connector++)
        {
            _next.Enqueue(connector, interval);
        }
    }

    /// <summary>Takes the next connector whose heartbeat is due by <paramref name="elapsed"/>, and books its following one.</summary>
    public bool TryTakeDue(TimeSpan elapsed, out int connector)
    {
        if (!_next.TryPeek(out connector, out var due) || due > elapsed)
        {
            return false;
        }

        _next.DequeueEnqueue(connector, due + _interval);
        return true;
    }
}
