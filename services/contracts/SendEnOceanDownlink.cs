namespace Mobius.Micro.Contracts;

/// <summary>
/// Request from the object store (Engine API command <c>ENOCEAN_RADIO_TX</c>) to the connector
/// gateway: send this ESP3 packet through that connector. Answered with <see cref="EnOceanDownlinkOutcome"/>
/// once the connector acknowledged it, refused it, or did not answer in time.
/// </summary>
public sealed record SendEnOceanDownlink
{
    /// <summary>The downlink id (a UUID), the <c>id</c> claim of the <c>down</c> and <c>ack</c> messages.</summary>
    public required string DownlinkId { get; init; }

    /// <summary>Object URI of the connector, <c>HID/021/FFC0/INS</c>.</summary>
    public required string ConnectorUri { get; init; }

    /// <summary>The ESP3 packet without sync byte and CRCs: header (4 bytes), data, optional data.</summary>
    public required byte[] RawData { get; init; }
}

/// <summary>What became of a <see cref="SendEnOceanDownlink"/>.</summary>
public sealed record EnOceanDownlinkOutcome
{
    public required string DownlinkId { get; init; }

    /// <summary>One of <see cref="DownlinkStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Why it was not sent or failed: <c>invalid_packet</c>, <c>connector_unknown</c>, <c>connector_offline</c>, <c>no_enocean_module</c>, <c>ack_timeout</c>, or the connector's own <c>err</c>.</summary>
    public string? Error { get; init; }
}

/// <summary>Values of <see cref="EnOceanDownlinkOutcome.Status"/>.</summary>
public static class DownlinkStatus
{
    /// <summary>The connector acknowledged with <c>ok:true</c>.</summary>
    public const string Acknowledged = "acknowledged";

    /// <summary>The connector acknowledged with <c>ok:false</c>.</summary>
    public const string Failed = "failed";

    /// <summary>Refused before sending (bad packet, unknown or offline connector, no EnOcean module).</summary>
    public const string Rejected = "rejected";

    /// <summary>Sent, but no acknowledgement arrived in time.</summary>
    public const string TimedOut = "timed_out";
}
