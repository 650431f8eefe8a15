using Mobius.Micro.WorkOcc.Semantics;

namespace Mobius.Micro.WorkOcc.Tests.Semantics;

public sealed class PeopleCounterTests
{
    [Fact]
    public void The_first_frame_starts_the_totals_at_the_raw_ones()
    {
        var step = PeopleCounter.Apply(null, 120, 100, sequenceRestarted: false);

        Assert.Equal(new PeopleTotals(120, 100, 120, 100), step.Totals);
        Assert.False(step.Rebooted);
    }

    [Fact]
    public void Growing_raw_totals_add_their_difference()
    {
        var step = PeopleCounter.Apply(new PeopleTotals(120, 100, 1120, 1100), 125, 101, sequenceRestarted: false);

        Assert.Equal(new PeopleTotals(125, 101, 1125, 1101), step.Totals);
    }

    [Fact]
    public void Totals_keep_counting_up_across_a_16_bit_wrap()
    {
        var step = PeopleCounter.Apply(new PeopleTotals(65530, 65535, 65530, 65535), 4, 2, sequenceRestarted: false);

        Assert.Equal(new PeopleTotals(4, 2, 65540, 65538), step.Totals);
        Assert.False(step.Rebooted);
    }

    [Fact]
    public void A_wrap_of_exactly_the_largest_step_is_still_a_wrap()
    {
        var last = (ushort)(65536 - PeopleCounter.MaxWrapStep);
        var step = PeopleCounter.Apply(new PeopleTotals(last, 0, last, 0), 0, 0, sequenceRestarted: false);

        Assert.False(step.Rebooted);
        Assert.Equal(last + PeopleCounter.MaxWrapStep, step.Totals.TotalIn);
    }

    [Fact]
    public void A_reboot_resets_raw_totals_to_small_numbers_and_adds_only_what_passed_since()
    {
        var step = PeopleCounter.Apply(new PeopleTotals(40000, 39990, 40000, 39990), 5, 3, sequenceRestarted: false);

        Assert.True(step.Rebooted);
        Assert.Equal(new PeopleTotals(5, 3, 40005, 39993), step.Totals);
    }

    [Fact]
    public void A_reboot_seen_on_one_counter_only_resets_both()
    {
        var step = PeopleCounter.Apply(new PeopleTotals(5000, 2, 5000, 2), 1, 2, sequenceRestarted: false);

        Assert.True(step.Rebooted);
        Assert.Equal(new PeopleTotals(1, 2, 5001, 4), step.Totals);
    }

    [Fact]
    public void With_a_restarted_sequence_falling_totals_are_a_reboot_even_near_the_top()
    {
        var step = PeopleCounter.Apply(new PeopleTotals(65500, 65400, 65500, 65400), 3, 1, sequenceRestarted: true);

        Assert.True(step.Rebooted);
        Assert.Equal(new PeopleTotals(3, 1, 65503, 65401), step.Totals);
    }

    [Fact]
    public void Totals_never_fall_over_any_sequence_of_raw_values()
    {
        var random = new Random(3);
        PeopleTotals? totals = null;
        for (var frame = 0; frame < 10_000; frame++)
        {
            var next = PeopleCounter.Apply(totals, (ushort)random.Next(65536), (ushort)random.Next(65536), random.Next(10) == 0).Totals;
            Assert.True(totals is null || (next.TotalIn >= totals.TotalIn && next.TotalOut >= totals.TotalOut));
            totals = next;
        }
    }
}
