namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>Words for <see cref="OccupancyState"/>.</summary>
public static class OccupancyStates
{
    /// <summary>The word: <c>vacant</c>, <c>occupied</c>, <c>unknown</c>.</summary>
    public static string ToName(this OccupancyState state) => state switch
    {
        OccupancyState.Vacant => "vacant",
        OccupancyState.Occupied => "occupied",
        OccupancyState.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
