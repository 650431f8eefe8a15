namespace Mobius.Micro.ConnectorProtocol.Messages;

/// <summary>An <c>up</c> message: one radio telegram the connector received.</summary>
public sealed record UpClaims : ConnectorMessageClaims
{
    public override MessageKind Kind => MessageKind.Up;

    /// <summary><c>mod</c>: the module that heard the telegram.</summary>
    public required RadioModule Module { get; init; }

    /// <summary>
    /// <c>data</c>: the telegram as upper-case hex (<see cref="Convert.ToHexString(byte[])"/>): a complete ESP3
    /// packet for <see cref="RadioModule.EnOcean"/>, one frame for <see cref="RadioModule.WorkOcc"/>.
    /// </summary>
    public required string Data { get; init; }

    /// <summary><c>rssi</c>: receive strength at the connector in dBm, when reported.</summary>
    public int? Rssi { get; init; }
}
