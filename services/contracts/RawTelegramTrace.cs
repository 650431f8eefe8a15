using System.Diagnostics;

namespace Mobius.Micro.Contracts;

/// <summary>How a decoder continues a telegram's own trace when it takes a <see cref="RawTelegramsReceived"/> batch apart.</summary>
public static class RawTelegramTrace
{
    /// <summary>
    /// Starts the activity handling one telegram of a batch: a child of the telegram's
    /// <see cref="RawTelegramReceived.TraceParent"/> when it has one (else of the current activity),
    /// linked to the batch's consume activity. Null when nobody listens to <paramref name="source"/>.
    /// </summary>
    public static Activity? StartHandling(this ActivitySource source, string name, RawTelegramReceived telegram)
    {
        var batch = Activity.Current;
        ActivityLink[] links = batch is null ? [] : [new ActivityLink(batch.Context)];
        return ActivityContext.TryParse(telegram.TraceParent, null, isRemote: true, out var parent)
            ? source.StartActivity(name, ActivityKind.Consumer, parent, links: links)
            : source.StartActivity(name, ActivityKind.Consumer, parentContext: default, links: links);
    }
}
