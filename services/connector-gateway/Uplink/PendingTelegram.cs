using System.Diagnostics;
using Mobius.Micro.ConnectorGateway.Ingress;

namespace Mobius.Micro.ConnectorGateway.Uplink;

/// <summary>An accepted <c>up</c> message waiting to be published: its verdict, its MQTT message (to acknowledge once confirmed), and its open <c>publish</c> span (none when nobody records traces).</summary>
public sealed record PendingTelegram(AcceptedMessage Accepted, InboundMessage Message, Activity? Publish);
