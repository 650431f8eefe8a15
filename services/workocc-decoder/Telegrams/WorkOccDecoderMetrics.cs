using System.Diagnostics.Metrics;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

public sealed class WorkOccDecoderMetrics
{
    public const string MeterName = MobiusTelemetry.Prefix + "WorkOccDecoder";

    private readonly Counter<long> _received;

    public WorkOccDecoderMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _received = meter.CreateCounter<long>("mobius.workocc.telegrams.received", description: "WorkOcc telegrams taken from the bus");
    }

    public void TelegramReceived() => _received.Add(1);
}
