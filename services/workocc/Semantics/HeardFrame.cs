namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>A frame applied recently: its fingerprint, the message that carried it, and when the gateway received it.</summary>
public sealed record HeardFrame(string Fingerprint, string MessageId, DateTimeOffset ReceivedAt);
