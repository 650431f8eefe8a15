using Mobius.Micro.ConnectorGateway.Ingress;

namespace Mobius.Micro.ConnectorGateway.Uplink;

/// <summary>An accepted <c>up</c> message waiting to be published: its verdict, its MQTT message (to acknowledge once confirmed), and its trace's <c>traceparent</c>.</summary>
public sealed record PendingTelegram(AcceptedMessage Accepted, InboundMessage Message, string? TraceParent);
