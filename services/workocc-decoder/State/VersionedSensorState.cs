using Mobius.Micro.WorkOcc.Semantics;

namespace Mobius.Micro.WorkOccDecoder.State;

/// <summary>A sensor's state as read, with the version a compare-and-set must find to replace it (0: none stored).</summary>
public sealed record VersionedSensorState(WorkOccSensorState State, long Version);
