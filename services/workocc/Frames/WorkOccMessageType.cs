namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>The message type byte (offset 2) of a frame.</summary>
public enum WorkOccMessageType : byte
{
    Occupancy = 0x01,
    Heartbeat = 0x02,
    PeopleCount = 0x03,
    Environment = 0x04,
    Health = 0x05,
}
