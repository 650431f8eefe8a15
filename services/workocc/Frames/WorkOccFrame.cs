namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>
/// One valid WorkOcc frame: its header (sensor UID, sequence number) and, in the derived record of
/// its message type, its payload with every value checked. Records compare by value, so two frames
/// are equal exactly when UID, type, sequence and payload are.
/// </summary>
public abstract record WorkOccFrame
{
    /// <summary>The sensor UID as 8 upper-case hex digits, e.g. <c>4B1D0007</c>.</summary>
    public required string Uid { get; init; }

    /// <summary>The sensor's sequence number, 0..255, wrapping.</summary>
    public required byte Sequence { get; init; }

    public abstract WorkOccMessageType Type { get; }
}
