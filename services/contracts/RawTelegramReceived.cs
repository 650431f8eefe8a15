namespace Mobius.Micro.Contracts;

/// <summary>
/// One radio telegram accepted by the connector gateway. Published only after the connector message
/// passed every verification rule; the gateway publishes telegrams in batches per module
/// (<see cref="EnOceanTelegramsReceived"/>, <see cref="WorkOccTelegramsReceived"/>). A single one goes
/// to every decoder, and each takes those of its own module.
/// </summary>
public sealed record RawTelegramReceived
{
    /// <summary>Connector serial, <c>MF_XXXXXX</c>.</summary>
    public required string ConnectorSerial { get; init; }

    /// <summary>Object URI of the connector, <c>HID/021/FFC0/INS</c>.</summary>
    public required string ConnectorUri { get; init; }

    /// <summary>Radio module that heard the telegram: <see cref="RadioModules.EnOcean"/> or <see cref="RadioModules.WorkOcc"/>.</summary>
    public required string Module { get; init; }

    /// <summary>The telegram bytes: a complete ESP3 packet, or one WorkOcc frame.</summary>
    public required byte[] Data { get; init; }

    /// <summary>Receive strength at the connector in dBm, when the connector reported it.</summary>
    public int? Rssi { get; init; }

    /// <summary>When the gateway received the message.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The connector's boot id and message counter: together they identify the message.</summary>
    public required string Boot { get; init; }

    public required long Seq { get; init; }

    /// <summary>
    /// The W3C <c>traceparent</c> of the telegram's own trace at the gateway, when it was traced. Set on
    /// the telegrams of a batch, whose bus message carries the batch's
    /// trace context: a decoder continues each telegram's trace from this.
    /// </summary>
    public string? TraceParent { get; init; }
}
