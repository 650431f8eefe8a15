namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>Names and payload lengths of the message types.</summary>
public static class WorkOccMessageTypes
{
    /// <summary>The name the decode command line and broadcasts use: <c>occupancy</c>, <c>heartbeat</c>, <c>peopleCount</c>, <c>environment</c>, <c>health</c>.</summary>
    public static string ToName(this WorkOccMessageType type) => type switch
    {
        WorkOccMessageType.Occupancy => "occupancy",
        WorkOccMessageType.Heartbeat => "heartbeat",
        WorkOccMessageType.PeopleCount => "peopleCount",
        WorkOccMessageType.Environment => "environment",
        WorkOccMessageType.Health => "health",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The payload length n of a known type; false for a byte that is no message type.</summary>
    public static bool TryGetPayloadLength(byte type, out int length)
    {
        length = (WorkOccMessageType)type switch
        {
            WorkOccMessageType.Occupancy => 4,
            WorkOccMessageType.Heartbeat => 4,
            WorkOccMessageType.PeopleCount => 6,
            WorkOccMessageType.Environment => 5,
            WorkOccMessageType.Health => 4,
            _ => -1,
        };
        return length >= 0;
    }
}
