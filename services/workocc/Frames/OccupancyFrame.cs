namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>Type <c>0x01</c>: the state and how long ago it last changed.</summary>
public sealed record OccupancyFrame : WorkOccFrame
{
    public override WorkOccMessageType Type => WorkOccMessageType.Occupancy;

    public required OccupancyState State { get; init; }

    /// <summary>Seconds since the state last changed; <see langword="null"/> for <c>0xFFFF</c>, "more than 18 h".</summary>
    public required int? SinceChangeSeconds { get; init; }

    /// <summary>Battery percent 0..100; <see langword="null"/> when the sensor does not know (<c>0xFF</c>).</summary>
    public required int? Battery { get; init; }
}
