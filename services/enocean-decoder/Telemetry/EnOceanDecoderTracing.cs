using System.Diagnostics;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.EnOceanDecoder.Telemetry;

/// <summary>The decoder's span of each telegram's trace (<see cref="RawTelegramTrace.StartDecode"/>).</summary>
public static class EnOceanDecoderTracing
{
    public const string SourceName = MobiusTelemetry.Prefix + "EnOceanDecoder";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? Decode(RawTelegramReceived raw) => Source.StartDecode(raw);
}
