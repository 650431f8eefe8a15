using System.Diagnostics.Metrics;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.ConnectorGateway.Telemetry;

/// <summary>
/// The gateway's instruments: accepted telegrams by module, rejections by reason, duplicates,
/// downlinks by outcome, the <c>connectors_online</c> gauge, and per connector whether it is online
/// and when it was last heard (what the connector-offline alert is built on).
/// </summary>
public sealed class GatewayMetrics
{
    public const string MeterName = MobiusTelemetry.Prefix + "ConnectorGateway";

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _downlinks;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _accepted = meter.CreateCounter<long>("mobius.gateway.telegrams.accepted", description: "Telegrams verified and relayed to the bus");
        _rejected = meter.CreateCounter<long>("mobius.gateway.messages.rejected", description: "Connector messages refused, by reason");
        _duplicates = meter.CreateCounter<long>("mobius.gateway.messages.duplicate", description: "QoS 1 redeliveries of messages already accepted, dropped silently");
        _downlinks = meter.CreateCounter<long>("mobius.gateway.downlinks", description: "Downlink requests, by outcome status");
        meter.CreateObservableGauge("mobius.gateway.connectors_online", () => ConnectorsOnline, description: "Connectors online now (all gateway replicas share one count)");
        meter.CreateObservableGauge("mobius.gateway.connector.online", ConnectorOnline, description: "1 while the connector is online, 0 once it went offline");
        meter.CreateObservableGauge("mobius.gateway.connector.last_heard", ConnectorLastHeard, unit: "s", description: "When the connector was last heard, Unix time");
    }

    /// <summary>Set by the heartbeat monitor after each sweep.</summary>
    public long ConnectorsOnline { get; set; }

    /// <summary>Updated by the heartbeat monitor after each sweep.</summary>
    public KnownConnectors Connectors { get; } = new();

    public void Accepted(string module) => _accepted.Add(1, new KeyValuePair<string, object?>("module", module));

    public void Rejected(string reason) => _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Duplicate() => _duplicates.Add(1);

    private IEnumerable<Measurement<int>> ConnectorOnline() =>
        Connectors.All().Select(connector => new Measurement<int>(connector.Online ? 1 : 0, new KeyValuePair<string, object?>("connector", connector.Serial)));

    private IEnumerable<Measurement<long>> ConnectorLastHeard() =>
        Connectors.All().Select(connector => new Measurement<long>(connector.LastHeard.ToUnixTimeSeconds(), new KeyValuePair<string, object?>("connector", connector.Serial)));

    public void Downlink(string status) => _downlinks.Add(1, new KeyValuePair<string, object?>("status", status));
}
