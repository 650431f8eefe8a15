using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>A message a simulated connector publishes, with what it says for the summary and the JSON lines.</summary>
/// <param name="Payload">The signed message (or, for <see cref="Misbehaviour.Malformed"/>, garbage).</param>
/// <param name="Sequence">The <c>seq</c> claim; null for garbage.</param>
/// <param name="Module">The <c>mod</c> claim of an <c>up</c> message; null otherwise.</param>
/// <param name="DeviceUid">The device whose telegram it carries; null otherwise.</param>
/// <param name="Data">The <c>data</c> claim (hex telegram); null otherwise.</param>
public sealed record OutgoingMessage(
    ConnectorSerial Serial,
    string Topic,
    byte[] Payload,
    bool Retain,
    MessageRole Role,
    Misbehaviour Misbehaviour,
    long? Sequence,
    RadioModule? Module = null,
    string? DeviceUid = null,
    string? Data = null);
