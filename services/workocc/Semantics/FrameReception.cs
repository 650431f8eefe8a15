namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>
/// One reception of a frame: its fingerprint (UID, type, sequence, payload — e.g. the frame bytes as
/// hex), the id of the message that carried it (the same id again is a redelivery of that message,
/// another id another connector's copy), and when the gateway received it.
/// </summary>
public sealed record FrameReception(string Fingerprint, string MessageId, DateTimeOffset ReceivedAt);
