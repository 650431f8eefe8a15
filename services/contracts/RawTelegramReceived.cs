namespace Mobius.Micro.Contracts;

/// <summary>
/// One radio telegram accepted by the connector gateway, fanned out to every decoder.
/// Published only after the connector message passed every verification rule.
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
}
