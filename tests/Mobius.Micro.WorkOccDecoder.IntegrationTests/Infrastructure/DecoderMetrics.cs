using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Mobius.Micro.WorkOccDecoder.Telemetry;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;

/// <summary>Listens to the counters of one in-process decoder (its meter factory) and adds them up by instrument and tags.</summary>
public sealed class DecoderMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);

    public DecoderMetrics(IMeterFactory decoderMeters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == WorkOccDecoderMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, decoderMeters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = instrument.Name + string.Concat(tags.ToArray().OrderBy(tag => tag.Key).Select(tag => $"|{tag.Key}={tag.Value}"));
            _totals.AddOrUpdate(key, value, (_, total) => total + value);
        });
        _listener.Start();
    }

    /// <summary>The total of <paramref name="instrument"/> with exactly these tags, e.g. <c>("reason", "crc_mismatch")</c>.</summary>
    public long Total(string instrument, params (string Key, object Value)[] tags) =>
        _totals.GetValueOrDefault(instrument + string.Concat(tags.OrderBy(tag => tag.Key).Select(tag => $"|{tag.Key}={tag.Value}")));

    public void Dispose() => _listener.Dispose();
}
