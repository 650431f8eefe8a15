using Mobius.Micro.Cli.Simulate.Scheduling;

namespace Mobius.Micro.Cli.Simulate.Tests.Scheduling;

public sealed class RateScheduleTests
{
    [Theory]
    [InlineData(200, 2, 400)]
    [InlineData(5000, 60, 300_000)]
    [InlineData(0.5, 3, 1)]
    [InlineData(0.1, 30, 3)]
    [InlineData(0.3, 10, 3)]
    [InlineData(7, 0.5, 3)]
    public void The_whole_run_offers_rate_times_duration_rounded_down(double rate, double seconds, long total)
    {
        Assert.Equal(total, new RateSchedule(rate, TimeSpan.FromSeconds(seconds)).Total);
    }

    [Fact]
    public void Message_k_is_due_at_k_over_the_rate()
    {
        var schedule = new RateSchedule(200, TimeSpan.FromSeconds(2));

        Assert.Equal(0, schedule.DueBy(TimeSpan.Zero));
        Assert.Equal(0, schedule.DueBy(TimeSpan.FromMilliseconds(4.99)));
        Assert.Equal(1, schedule.DueBy(TimeSpan.FromMilliseconds(5)));
        Assert.Equal(200, schedule.DueBy(TimeSpan.FromSeconds(1)));
        Assert.Equal(201, schedule.DueBy(TimeSpan.FromMilliseconds(1007)));
        Assert.Equal(400, schedule.DueBy(TimeSpan.FromSeconds(2)));
        Assert.Equal(400, schedule.DueBy(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void A_late_wake_up_owes_everything_due_since_the_last_one()
    {
        var schedule = new RateSchedule(5000, TimeSpan.FromSeconds(10));

        Assert.Equal(10, schedule.DueBy(TimeSpan.FromMilliseconds(2)));
        Assert.Equal(150, schedule.DueBy(TimeSpan.FromMilliseconds(30)) - schedule.DueBy(TimeSpan.Zero));
    }

    [Fact]
    public void Messages_are_dealt_to_the_connectors_in_turn()
    {
        var perConnector = Enumerable.Range(0, 400).GroupBy(index => RateSchedule.ConnectorOf(index, 3)).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(new Dictionary<int, int> { [0] = 134, [1] = 133, [2] = 133 }, perConnector);
    }

    [Fact]
    public void Heartbeats_are_due_one_interval_after_the_start_and_then_every_interval()
    {
        var heartbeats = new HeartbeatSchedule(connectors: 2, TimeSpan.FromSeconds(60));

        Assert.False(heartbeats.TryTakeDue(TimeSpan.FromSeconds(59), out _));
        Assert.True(heartbeats.TryTakeDue(TimeSpan.FromSeconds(60), out var first));
        Assert.True(heartbeats.TryTakeDue(TimeSpan.FromSeconds(60), out var second));
        Assert.Equal([0, 1], new[] { first, second }.Order());
        Assert.False(heartbeats.TryTakeDue(TimeSpan.FromSeconds(119), out _));
        Assert.True(heartbeats.TryTakeDue(TimeSpan.FromSeconds(121), out _));
    }
}
