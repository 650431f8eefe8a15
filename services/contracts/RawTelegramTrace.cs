using System.Diagnostics;

namespace Mobius.Micro.Contracts;

/// <summary>How a decoder continues a telegram's own trace when it takes a batch (<see cref="EnOceanTelegramsReceived"/>, <see cref="WorkOccTelegramsReceived"/>) apart.</summary>
public static class RawTelegramTrace
{
    /// <summary>
    /// Starts the telegram's <c>decode</c> span: a child of its <see cref="RawTelegramReceived.TraceParent"/>
    /// (the gateway's <c>publish</c> span) when it has one, else of the current activity, linked to the
    /// batch's consume activity; the parent of what the decoder publishes for it. Null when nobody
    /// listens to <paramref name="source"/>.
    /// </summary>
    public static Activity? StartDecode(this ActivitySource source, RawTelegramReceived telegram)
    {
        var batch = Activity.Current;
        ActivityLink[] links = batch is null ? [] : [new ActivityLink(batch.Context)];
        var decode = ActivityContext.TryParse(telegram.TraceParent, null, isRemote: true, out var parent)
            ? source.StartActivity("decode", ActivityKind.Consumer, parent, links: links)
            : source.StartActivity("decode", ActivityKind.Consumer, parentContext: default, links: links);
        decode?.SetTag("mobius.connector", telegram.ConnectorSerial);
        decode?.SetTag("mobius.module", telegram.Module);
        return decode;
    }
}
