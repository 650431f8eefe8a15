namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>The sequence number of the newest frame applied for a sensor and when it was received.</summary>
public sealed record SequenceMark(byte Sequence, DateTimeOffset ReceivedAt);
