namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>Type <c>0x02</c>: the current state, battery and firmware version.</summary>
public sealed record HeartbeatFrame : WorkOccFrame
{
    public override WorkOccMessageType Type => WorkOccMessageType.Heartbeat;

    public required OccupancyState State { get; init; }

    /// <summary>Battery percent 0..100; <see langword="null"/> when unknown (<c>0xFF</c>).</summary>
    public required int? Battery { get; init; }

    public required int FirmwareMajor { get; init; }

    public required int FirmwareMinor { get; init; }
}
