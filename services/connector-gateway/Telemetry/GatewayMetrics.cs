using System.Diagnostics.Metrics;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.ConnectorGateway.Telemetry;

/// <summary>The gateway's counters: every accepted telegram by module and every rejection by reason.</summary>
public sealed class GatewayMetrics
{
    public const string MeterName = MobiusTelemetry.Prefix + "ConnectorGateway";

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _duplicates;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _accepted = meter.CreateCounter<long>("mobius.gateway.telegrams.accepted", description: "Telegrams verified and relayed to the bus");
        _rejected = meter.CreateCounter<long>("mobius.gateway.messages.rejected", description: "Connector messages refused, by reason");
        _duplicates = meter.CreateCounter<long>("mobius.gateway.messages.duplicate", description: "QoS 1 redeliveries of messages already accepted, dropped silently");
    }

    public void Accepted(string module) => _accepted.Add(1, new KeyValuePair<string, object?>("module", module));

    public void Rejected(string reason) => _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Duplicate() => _duplicates.Add(1);
}
