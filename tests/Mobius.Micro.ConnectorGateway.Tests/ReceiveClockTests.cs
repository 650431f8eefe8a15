using Mobius.Micro.ConnectorGateway.Ingress;

namespace Mobius.Micro.ConnectorGateway.Tests;

/// <summary>Receive times are whole microseconds and strictly increasing, even when the clock does not move.</summary>
public sealed class ReceiveClockTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Messages_read_in_the_same_microsecond_get_consecutive_microseconds()
    {
        var clock = new ReceiveClock(new StandingClock(Noon.AddTicks(4)));

        var times = Enumerable.Range(0, 3).Select(_ => clock.Next()).ToList();

        Assert.Equal([Noon, Noon.AddMicroseconds(1), Noon.AddMicroseconds(2)], times);
    }

    [Fact]
    public void A_clock_that_moves_on_is_followed_and_one_that_steps_back_is_not()
    {
        var now = new StandingClock(Noon.AddMilliseconds(5));
        var clock = new ReceiveClock(now);

        var first = clock.Next();
        now.Now = Noon;
        var afterStepBack = clock.Next();
        now.Now = Noon.AddSeconds(1);
        var later = clock.Next();

        Assert.Equal(Noon.AddMilliseconds(5), first);
        Assert.Equal(first.AddMicroseconds(1), afterStepBack);
        Assert.Equal(Noon.AddSeconds(1), later);
    }

    [Fact]
    public void Concurrent_readers_never_share_a_time()
    {
        var clock = new ReceiveClock(new StandingClock(Noon));

        var times = new System.Collections.Concurrent.ConcurrentBag<DateTimeOffset>();
        Parallel.For(0, 10_000, _ => times.Add(clock.Next()));

        Assert.Equal(10_000, times.Distinct().Count());
    }

    private sealed class StandingClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
