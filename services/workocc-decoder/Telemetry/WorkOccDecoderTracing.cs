using System.Diagnostics;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.WorkOccDecoder.Telemetry;

/// <summary>
/// The decoder's span of a telegram's trace, <c>decode</c>: a child of the telegram's own
/// <see cref="RawTelegramReceived.TraceParent"/> (the gateway's <c>publish</c> span; a batch carries
/// one per telegram), else of MassTransit's consume span, and the parent of the publish that carries
/// the context on to the object store.
/// </summary>
public static class WorkOccDecoderTracing
{
    public const string SourceName = MobiusTelemetry.Prefix + "WorkOccDecoder";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? Decode(RawTelegramReceived raw)
    {
        var decode = Source.StartHandling("decode", raw);
        decode?.SetTag("mobius.connector", raw.ConnectorSerial);
        decode?.SetTag("mobius.module", raw.Module);
        return decode;
    }
}
