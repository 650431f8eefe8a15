namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>The <c>state</c> byte of occupancy and heartbeat frames, and the <c>occupancyState</c> resource.</summary>
public enum OccupancyState : byte
{
    Vacant = 0,
    Occupied = 1,
    Unknown = 2,
}
