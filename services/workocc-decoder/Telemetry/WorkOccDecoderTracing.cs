using System.Diagnostics;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.WorkOccDecoder.Telemetry;

/// <summary>The decoder's span of each telegram's trace (<see cref="RawTelegramTrace.StartDecode"/>).</summary>
public static class WorkOccDecoderTracing
{
    public const string SourceName = MobiusTelemetry.Prefix + "WorkOccDecoder";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? Decode(RawTelegramReceived raw) => Source.StartDecode(raw);
}
