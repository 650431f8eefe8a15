namespace Mobius.Micro.Contracts;

/// <summary>
/// An EnOcean device sent a teach-in telegram (4BS, 1BS or UTE), published by the EnOcean decoder
/// for every teach-in it hears, whether or not a device object has the sender id yet.
/// </summary>
public sealed record EnOceanTeachInReceived
{
    public required string Hid { get; init; }

    /// <summary>Sender id, 8 upper-case hex digits.</summary>
    public required string SenderId { get; init; }

    /// <summary>How the device taught in: <c>4BS</c>, <c>1BS</c> or <c>UTE</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The EEP the telegram announces (<c>RR-FF-TT</c>); null for a 4BS teach-in without EEP.</summary>
    public string? Eep { get; init; }

    /// <summary>The manufacturer id the telegram announces, when it announces one.</summary>
    public int? ManufacturerId { get; init; }

    /// <summary>Whether the project decodes the announced EEP.</summary>
    public required bool EepSupported { get; init; }

    /// <summary>UTE: what the device asks: <c>teach-in</c>, <c>teach-in deletion</c> or <c>teach-in or deletion (not specified)</c>.</summary>
    public string? UteRequest { get; init; }

    /// <summary>UTE: whether the device communicates both ways.</summary>
    public bool? Bidirectional { get; init; }

    /// <summary>The device object that already has this sender id, if any.</summary>
    public string? ObjectUri { get; init; }

    /// <summary>Object URI of the connector that heard it first.</summary>
    public required string ConnectorUri { get; init; }

    public int? Dbm { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }
}
