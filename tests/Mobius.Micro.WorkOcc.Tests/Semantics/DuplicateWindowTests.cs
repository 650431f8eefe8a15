using Mobius.Micro.WorkOcc.Semantics;

namespace Mobius.Micro.WorkOcc.Tests.Semantics;

public sealed class DuplicateWindowTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);
    private static readonly HeardFrame Original = new("AA", "MF_000001/boot/1", T0);

    [Fact]
    public void The_same_frame_within_the_window_is_a_copy_of_the_original_on_either_side()
    {
        Assert.Same(Original, DuplicateWindow.FindOriginal([Original], new FrameReception("AA", "MF_000002/boot/9", T0), Window));
        Assert.Same(Original, DuplicateWindow.FindOriginal([Original], new FrameReception("AA", "MF_000002/boot/9", T0.AddSeconds(2)), Window));
        Assert.Same(Original, DuplicateWindow.FindOriginal([Original], new FrameReception("AA", "MF_000002/boot/9", T0.AddSeconds(-1.5)), Window));
    }

    [Fact]
    public void The_same_frame_after_the_window_or_another_frame_is_not()
    {
        Assert.Null(DuplicateWindow.FindOriginal([Original], new FrameReception("AA", "x", T0.AddSeconds(2.001)), Window));
        Assert.Null(DuplicateWindow.FindOriginal([Original], new FrameReception("AB", "x", T0), Window));
        Assert.Null(DuplicateWindow.FindOriginal([], new FrameReception("AA", "x", T0), Window));
    }

    [Fact]
    public void Remembering_drops_frames_older_than_the_window()
    {
        IReadOnlyList<HeardFrame> recent = [Original, new("BB", "m2", T0.AddSeconds(1))];

        var kept = DuplicateWindow.Remember(recent, new HeardFrame("CC", "m3", T0.AddSeconds(2.5)), Window);

        Assert.Equal(["BB", "CC"], kept.Select(frame => frame.Fingerprint));
    }

    [Fact]
    public void Remembering_keeps_at_most_the_capacity()
    {
        IReadOnlyList<HeardFrame> recent = [];
        for (var index = 0; index < DuplicateWindow.Capacity + 5; index++)
        {
            recent = DuplicateWindow.Remember(recent, new HeardFrame($"F{index}", $"m{index}", T0), Window);
        }

        Assert.Equal(DuplicateWindow.Capacity, recent.Count);
        Assert.Equal($"F{DuplicateWindow.Capacity + 4}", recent[^1].Fingerprint);
    }
}
