using System.Diagnostics;
using Mobius.Micro.ServiceDefaults.Telemetry;
using MQTTnet.Packets;

namespace Mobius.Micro.ConnectorGateway.Telemetry;

/// <summary>
/// The gateway's spans of a telegram's trace: <c>mqtt receive</c> (the trace's root, or a child of
/// the connector's own span when its MQTT v5 message carries a W3C <c>traceparent</c> user property),
/// then <c>verify</c> and <c>publish</c> under it. Each message carries its context in
/// <see cref="Ingress.InboundMessage.TraceContext"/> across the hand-over queue; the bus publish
/// runs inside <c>publish</c>, so MassTransit writes that context into the message's headers and the
/// decoder continues the same trace.
/// </summary>
public static class GatewayTracing
{
    public const string SourceName = MobiusTelemetry.Prefix + "ConnectorGateway";

    /// <summary>The MQTT v5 user properties a connector may send (W3C Trace Context names).</summary>
    public const string TraceParentProperty = "traceparent";
    public const string TraceStateProperty = "tracestate";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Records the receive and answers the context the message's later spans hang under.</summary>
    public static ActivityContext Received(string topic, IReadOnlyCollection<MqttUserProperty>? userProperties)
    {
        var connectorContext = ConnectorContext(userProperties);
        using var receive = Source.StartActivity("mqtt receive", ActivityKind.Consumer, connectorContext);
        receive?.SetTag("messaging.system", "mqtt");
        receive?.SetTag("messaging.destination.name", topic);
        return receive?.Context ?? connectorContext;
    }

    public static Activity? Verify(ActivityContext message) => Source.StartActivity("verify", ActivityKind.Internal, message);

    public static Activity? Publish(ActivityContext message, string connectorSerial, string module)
    {
        var publish = Source.StartActivity("publish", ActivityKind.Producer, message);
        publish?.SetTag("mobius.connector", connectorSerial);
        publish?.SetTag("mobius.module", module);
        return publish;
    }

    /// <summary>The connector's span, when it sent a valid <c>traceparent</c>; anything else starts a new trace.</summary>
    private static ActivityContext ConnectorContext(IReadOnlyCollection<MqttUserProperty>? userProperties)
    {
        string? traceParent = null;
        string? traceState = null;
        foreach (var property in userProperties ?? [])
        {
            if (property.Name == TraceParentProperty)
            {
                traceParent = property.ReadValueAsString();
            }
            else if (property.Name == TraceStateProperty)
            {
                traceState = property.ReadValueAsString();
            }
        }

        return ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;
    }
}
