namespace Mobius.Micro.ConnectorProtocol.Messages;

/// <summary>A <c>down</c> message the gateway publishes: one EnOcean telegram for the connector to transmit.</summary>
public sealed record DownClaims : ConnectorMessageClaims
{
    public override MessageKind Kind => MessageKind.Down;

    /// <summary><c>id</c>: the downlink id (a UUID) the connector's <c>ack</c> refers to.</summary>
    public required string DownlinkId { get; init; }

    /// <summary><c>mod</c>: downlinks are EnOcean only.</summary>
    public RadioModule Module => RadioModule.EnOcean;

    /// <summary><c>data</c>: the complete ESP3 packet (sync byte and both CRC8s filled in) as upper-case hex.</summary>
    public required string Data { get; init; }
}
