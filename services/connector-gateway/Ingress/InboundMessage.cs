using System.Diagnostics;

namespace Mobius.Micro.ConnectorGateway.Ingress;

/// <summary>
/// One MQTT message as received, waiting to be verified and relayed. <see cref="AcknowledgeAsync"/>
/// sends the QoS 1 acknowledgement: called only once the message is dealt with for good.
/// <see cref="IsRedelivery"/> is the broker's DUP flag: the broker sets it only when it sends the
/// gateway's session a message again (after a reconnect), never from what a publisher set.
/// <see cref="TraceContext"/> is the message's span in its telegram's trace.
/// </summary>
public sealed record InboundMessage(
    string Topic,
    byte[] Payload,
    bool IsRedelivery,
    DateTimeOffset ReceivedAt,
    Func<CancellationToken, Task> AcknowledgeAsync)
{
    public ActivityContext TraceContext { get; init; }
}
