namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>Everything the decoder remembers of one sensor between frames; kept outside the process so replicas share it.</summary>
public sealed record WorkOccSensorState
{
    /// <summary>The newest frame applied, for the sequence rule.</summary>
    public SequenceMark? Newest { get; init; }

    /// <summary>Frames applied within the duplicate window.</summary>
    public IReadOnlyList<HeardFrame> Recent { get; init; } = [];

    /// <summary>People-counter totals, once a people-count frame was applied.</summary>
    public PeopleTotals? People { get; init; }

    public OccupancyTrack Occupancy { get; init; } = new();
}
