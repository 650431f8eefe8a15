namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>The tunable windows of the semantic rules; the defaults are the frame specification's and the decoder's.</summary>
public sealed record WorkOccSemanticsOptions
{
    /// <summary>The same frame received again within this window is a duplicate (specification default 2 s).</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A backwards sequence number received within this window of the newest frame is stale; later, a restart.</summary>
    public TimeSpan ReorderWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>No frame for longer than this makes the occupancy state unknown.</summary>
    public TimeSpan OccupancyTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Where "today" begins and ends for occupied minutes and utilisation.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}
