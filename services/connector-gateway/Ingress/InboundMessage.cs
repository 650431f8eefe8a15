namespace Mobius.Micro.ConnectorGateway.Ingress;

/// <summary>
/// One MQTT message as received, waiting to be verified and relayed. <see cref="AcknowledgeAsync"/>
/// sends the QoS 1 acknowledgement: called only once the message is dealt with for good.
/// </summary>
public sealed record InboundMessage(
    string Topic,
    byte[] Payload,
    DateTimeOffset ReceivedAt,
    Func<CancellationToken, Task> AcknowledgeAsync);
