using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Semantics;

namespace Mobius.Micro.WorkOcc.Tests.Semantics;

public sealed class OccupancyTimelineTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Marking_adjacent_intervals_of_one_state_merges_them()
    {
        var segments = OccupancyTimeline.Mark([], At(0), At(10), OccupancyState.Occupied);
        segments = OccupancyTimeline.Mark(segments, At(10), At(20), OccupancyState.Occupied);

        Assert.Equal([new OccupancySegment(At(0), At(20), OccupancyState.Occupied)], segments);
    }

    [Fact]
    public void Marking_inside_a_segment_splits_it()
    {
        var segments = OccupancyTimeline.Mark([new OccupancySegment(At(0), At(30), OccupancyState.Occupied)], At(10), At(20), OccupancyState.Vacant);

        Assert.Equal(
            [
                new OccupancySegment(At(0), At(10), OccupancyState.Occupied),
                new OccupancySegment(At(10), At(20), OccupancyState.Vacant),
                new OccupancySegment(At(20), At(30), OccupancyState.Occupied),
            ],
            segments);
    }

    [Fact]
    public void Marking_over_several_segments_replaces_them()
    {
        IReadOnlyList<OccupancySegment> segments =
        [
            new(At(0), At(10), OccupancyState.Vacant),
            new(At(10), At(20), OccupancyState.Occupied),
            new(At(20), At(30), OccupancyState.Vacant),
        ];

        segments = OccupancyTimeline.Mark(segments, At(5), At(25), OccupancyState.Unknown);

        Assert.Equal(
            [
                new OccupancySegment(At(0), At(5), OccupancyState.Vacant),
                new OccupancySegment(At(5), At(25), OccupancyState.Unknown),
                new OccupancySegment(At(25), At(30), OccupancyState.Vacant),
            ],
            segments);
    }

    [Fact]
    public void An_empty_interval_changes_nothing()
    {
        IReadOnlyList<OccupancySegment> segments = [new(At(0), At(10), OccupancyState.Vacant)];
        Assert.Same(segments, OccupancyTimeline.Mark(segments, At(5), At(5), OccupancyState.Occupied));
        Assert.Same(segments, OccupancyTimeline.Mark(segments, At(6), At(5), OccupancyState.Occupied));
    }

    [Fact]
    public void From_cuts_history_at_a_start()
    {
        IReadOnlyList<OccupancySegment> segments = [new(At(0), At(10), OccupancyState.Vacant), new(At(10), At(20), OccupancyState.Occupied)];

        Assert.Equal([new OccupancySegment(At(15), At(20), OccupancyState.Occupied)], OccupancyTimeline.From(segments, At(15)));
        Assert.Empty(OccupancyTimeline.From(segments, At(20)));
    }

    [Fact]
    public void Time_in_a_state_adds_its_segments()
    {
        IReadOnlyList<OccupancySegment> segments =
        [
            new(At(0), At(10), OccupancyState.Occupied),
            new(At(10), At(12), OccupancyState.Unknown),
            new(At(12), At(20), OccupancyState.Occupied),
        ];

        Assert.Equal(TimeSpan.FromMinutes(18), OccupancyTimeline.TimeIn(segments, OccupancyState.Occupied));
        Assert.Equal(TimeSpan.Zero, OccupancyTimeline.TimeIn(segments, OccupancyState.Vacant));
    }

    private static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes);
}
