using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>
/// What one frame says about occupancy: nothing (environment, health), the state now (heartbeat,
/// people count), or the state and since when (occupancy frame, back-dated by <c>sinceChange</c>).
/// </summary>
public readonly record struct OccupancyEvidence(OccupancyState? State, DateTimeOffset? ChangedAt, bool ChangedAtIsBound)
{
    public static OccupancyEvidence None => default;

    public static OccupancyEvidence Now(OccupancyState state) => new(state, null, false);

    /// <summary>The state changed to <paramref name="state"/> at <paramref name="changedAt"/>.</summary>
    public static OccupancyEvidence Since(OccupancyState state, DateTimeOffset changedAt) => new(state, changedAt, false);

    /// <summary>The state has been <paramref name="state"/> since <paramref name="changedAt"/> at least (<c>sinceChange</c> 0xFFFF: more than 18 h).</summary>
    public static OccupancyEvidence AtLeastSince(OccupancyState state, DateTimeOffset changedAt) => new(state, changedAt, true);
}
