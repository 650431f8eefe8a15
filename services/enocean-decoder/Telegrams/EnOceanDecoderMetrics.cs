using System.Diagnostics.Metrics;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>
/// Telegrams decoded by EEP, telegrams that gave no reading by reason, copies other connectors
/// heard too, teach-ins, provisioning requests, UTE responses and de-duplication without Redis.
/// </summary>
public sealed class EnOceanDecoderMetrics
{
    public const string MeterName = MobiusTelemetry.Prefix + "EnOceanDecoder";

    private readonly Counter<long> _decoded;
    private readonly Counter<long> _notDecoded;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _teachIns;
    private readonly Counter<long> _provisioning;
    private readonly Counter<long> _uteResponses;
    private readonly Counter<long> _dedupUnavailable;

    public EnOceanDecoderMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _decoded = meter.CreateCounter<long>("mobius.enocean.telegrams.decoded", description: "EnOcean telegrams decoded into device readings, by EEP");
        _notDecoded = meter.CreateCounter<long>("mobius.enocean.telegrams.not_decoded", description: "EnOcean telegrams that gave no reading, by reason");
        _duplicates = meter.CreateCounter<long>("mobius.enocean.telegrams.duplicates", description: "Copies of a telegram another connector already delivered within the de-duplication window");
        _teachIns = meter.CreateCounter<long>("mobius.enocean.teach_ins", description: "Teach-in telegrams, by kind and whether the sender had a device object");
        _provisioning = meter.CreateCounter<long>("mobius.enocean.provisioning_requests", description: "Device objects requested for senders that taught in, by EEP");
        _uteResponses = meter.CreateCounter<long>("mobius.enocean.ute_responses", description: "UTE teach-in responses requested, by result");
        _dedupUnavailable = meter.CreateCounter<long>("mobius.enocean.dedup_unavailable", description: "Telegrams read without de-duplication because Redis did not answer");
    }

    public void Decoded(string eep) => _decoded.Add(1, new KeyValuePair<string, object?>("eep", eep));

    public void NotDecoded(string reason, string eep = "") =>
        _notDecoded.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("eep", eep));

    public void Duplicate() => _duplicates.Add(1);

    public void TeachIn(string kind, bool knownDevice) =>
        _teachIns.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("known", knownDevice));

    public void ProvisioningRequested(string eep) => _provisioning.Add(1, new KeyValuePair<string, object?>("eep", eep));

    public void UteResponse(string result) => _uteResponses.Add(1, new KeyValuePair<string, object?>("result", result));

    public void DedupUnavailable(int telegrams) => _dedupUnavailable.Add(telegrams);
}
