using System.Diagnostics.Metrics;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>Telegrams decoded by EEP, and telegrams that gave no reading by reason.</summary>
public sealed class EnOceanDecoderMetrics
{
    public const string MeterName = MobiusTelemetry.Prefix + "EnOceanDecoder";

    private readonly Counter<long> _decoded;
    private readonly Counter<long> _notDecoded;

    public EnOceanDecoderMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _decoded = meter.CreateCounter<long>("mobius.enocean.telegrams.decoded", description: "EnOcean telegrams decoded into device readings, by EEP");
        _notDecoded = meter.CreateCounter<long>("mobius.enocean.telegrams.not_decoded", description: "EnOcean telegrams that gave no reading, by reason");
    }

    public void Decoded(string eep) => _decoded.Add(1, new KeyValuePair<string, object?>("eep", eep));

    public void NotDecoded(string reason, string eep = "") =>
        _notDecoded.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("eep", eep));
}
