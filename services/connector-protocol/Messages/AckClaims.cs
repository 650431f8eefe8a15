namespace Mobius.Micro.ConnectorProtocol.Messages;

/// <summary>An <c>ack</c> message: the connector's result for one downlink.</summary>
public sealed record AckClaims : ConnectorMessageClaims
{
    public override MessageKind Kind => MessageKind.Ack;

    /// <summary><c>id</c>: the downlink id from the <c>down</c> message.</summary>
    public required string DownlinkId { get; init; }

    /// <summary><c>ok</c>: whether the connector transmitted the telegram.</summary>
    public required bool Ok { get; init; }

    /// <summary><c>err</c>: why not, when the connector says.</summary>
    public string? Error { get; init; }
}
