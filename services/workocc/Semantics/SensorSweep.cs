using Mobius.Micro.WorkOcc.Readings;

namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>What a periodic check changed for a sensor with no new frame: a timeout to unknown and/or a new day.</summary>
public sealed record SensorSweep(WorkOccSensorState State, bool TimedOut, IReadOnlyList<SensorReading> Readings);
