using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>What the decoder knows of a sensor's occupancy: the state now, since when, when it last heard the sensor, and today's history.</summary>
public sealed record OccupancyTrack
{
    public OccupancyState State { get; init; } = OccupancyState.Unknown;

    /// <summary>When <see cref="State"/> began (back-dated by the sensor's <c>sinceChange</c>); for unknown, when knowledge ended.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Receive time of the last frame applied.</summary>
    public DateTimeOffset? LastHeard { get; init; }

    /// <summary>The first instant of the local day <see cref="Today"/> covers.</summary>
    public DateTimeOffset? DayStart { get; init; }

    /// <summary>Today's history up to <see cref="LastHeard"/>: only time a frame vouched for.</summary>
    public IReadOnlyList<OccupancySegment> Today { get; init; } = [];
}
