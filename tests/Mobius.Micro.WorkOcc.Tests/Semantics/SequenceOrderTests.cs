using Mobius.Micro.WorkOcc.Semantics;

namespace Mobius.Micro.WorkOcc.Tests.Semantics;

public sealed class SequenceOrderTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan ReorderWindow = TimeSpan.FromSeconds(60);

    [Fact]
    public void The_first_frame_of_a_sensor_has_no_predecessor()
    {
        Assert.Equal(new SequenceCheck(SequenceVerdict.First, 0), SequenceOrder.Check(null, 200, T0, ReorderWindow));
    }

    [Theory]
    [InlineData(10, 11, 0)]
    [InlineData(10, 13, 2)]
    [InlineData(255, 0, 0)]
    [InlineData(250, 4, 9)]
    [InlineData(0, 128, 127)]
    public void Up_to_128_steps_forward_mod_256_is_newer_with_the_frames_in_between_missed(byte newest, byte sequence, int missed)
    {
        Assert.Equal(new SequenceCheck(SequenceVerdict.Next, missed), SequenceOrder.Check(new SequenceMark(newest, T0), sequence, T0.AddSeconds(1), ReorderWindow));
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(10, 9)]
    [InlineData(0, 255)]
    [InlineData(5, 134)]
    [InlineData(0, 129)]
    public void Equal_or_less_than_128_backwards_within_the_reorder_window_is_stale(byte newest, byte sequence)
    {
        Assert.Equal(SequenceVerdict.Stale, SequenceOrder.Check(new SequenceMark(newest, T0), sequence, T0.AddSeconds(60), ReorderWindow).Verdict);
    }

    [Fact]
    public void A_late_copy_received_before_the_newest_is_stale()
    {
        Assert.Equal(SequenceVerdict.Stale, SequenceOrder.Check(new SequenceMark(11, T0), 10, T0.AddSeconds(-0.5), ReorderWindow).Verdict);
    }

    [Fact]
    public void Backwards_after_the_reorder_window_is_a_sequence_restart()
    {
        var check = SequenceOrder.Check(new SequenceMark(57, T0), 0, T0.AddSeconds(61), ReorderWindow);

        Assert.Equal(SequenceVerdict.Restarted, check.Verdict);
        Assert.False(check.IsContiguous);
    }

    [Fact]
    public void Only_a_next_frame_with_nothing_missed_is_contiguous()
    {
        Assert.True(new SequenceCheck(SequenceVerdict.Next, 0).IsContiguous);
        Assert.False(new SequenceCheck(SequenceVerdict.Next, 1).IsContiguous);
        Assert.False(new SequenceCheck(SequenceVerdict.First, 0).IsContiguous);
    }
}
