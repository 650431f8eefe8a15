using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>
/// A day's occupancy history as ordered, non-overlapping segments. Marking an interval replaces
/// whatever was known for it (a later frame knows better, e.g. a back-dated change), and
/// neighbouring segments of the same state merge, so a day holds one segment per state change.
/// </summary>
public static class OccupancyTimeline
{
    public static IReadOnlyList<OccupancySegment> Mark(
        IReadOnlyList<OccupancySegment> segments, DateTimeOffset from, DateTimeOffset to, OccupancyState state)
    {
        if (to <= from)
        {
            return segments;
        }

        var result = new List<OccupancySegment>(segments.Count + 2);
        foreach (var segment in segments)
        {
            if (segment.End <= from || segment.Start >= to)
            {
                result.Add(segment);
                continue;
            }

            if (segment.Start < from)
            {
                result.Add(segment with { End = from });
            }

            if (segment.End > to)
            {
                result.Add(segment with { Start = to });
            }
        }

        result.Add(new OccupancySegment(from, to, state));
        result.Sort((left, right) => left.Start.CompareTo(right.Start));
        return Merged(result);
    }

    /// <summary>The segments from <paramref name="start"/> on; a segment that began earlier is cut there.</summary>
    public static IReadOnlyList<OccupancySegment> From(IReadOnlyList<OccupancySegment> segments, DateTimeOffset start) =>
        [.. segments.Where(segment => segment.End > start).Select(segment => segment.Start < start ? segment with { Start = start } : segment)];

    public static TimeSpan TimeIn(IReadOnlyList<OccupancySegment> segments, OccupancyState state) =>
        segments.Where(segment => segment.State == state).Aggregate(TimeSpan.Zero, (total, segment) => total + (segment.End - segment.Start));

    private static List<OccupancySegment> Merged(List<OccupancySegment> ordered)
    {
        var merged = new List<OccupancySegment>(ordered.Count);
        foreach (var segment in ordered)
        {
            if (merged.Count > 0 && merged[^1].State == segment.State && merged[^1].End == segment.Start)
            {
                merged[^1] = merged[^1] with { End = segment.End };
            }
            else
            {
                merged.Add(segment);
            }
        }

        return merged;
    }
}
