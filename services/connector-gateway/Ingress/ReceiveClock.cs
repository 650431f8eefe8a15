namespace Mobius.Micro.ConnectorGateway.Ingress;

/// <summary>
/// When the gateway received each message: now, to the microsecond (what PostgreSQL keeps), and
/// always later than the previous message's time. A telegram's receive time becomes its readings'
/// observation time, and the object store keys history by resource and observation time (so a
/// redelivered reading is written once); two telegrams of one device read from the broker in the
/// same microsecond, as in a burst after a reconnect, must not share it.
/// </summary>
public sealed class ReceiveClock(TimeProvider clock)
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    private long _lastTicks;

    public DateTimeOffset Next()
    {
        var now = clock.GetUtcNow().UtcTicks / TicksPerMicrosecond * TicksPerMicrosecond;
        while (true)
        {
            var last = Interlocked.Read(ref _lastTicks);
            var next = Math.Max(now, last + TicksPerMicrosecond);
            if (Interlocked.CompareExchange(ref _lastTicks, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }
}
