using System.Diagnostics;
using MassTransit;
using MassTransit.Logging;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.ObjectStore.Telemetry;

/// <summary>
/// One <c>store write</c> span per report of a batch, each in its own telegram's trace: the parent is
/// read from that message's own headers (the W3C context MassTransit wrote when the decoder
/// published it), not from the batch, which mixes many telegrams. The spans last as long as the
/// batch's single database write. Disposing ends them and leaves <see cref="Activity.Current"/> as it was.
/// </summary>
public sealed class StoreWriteSpans : IDisposable
{
    public const string SourceName = MobiusTelemetry.Prefix + "ObjectStore";

    private static readonly ActivitySource Source = new(SourceName);

    private readonly List<Activity> _spans;

    private StoreWriteSpans(List<Activity> spans) => _spans = spans;

    public static StoreWriteSpans Start(Batch<ObjectValuesReported> batch)
    {
        var outer = Activity.Current;
        var spans = new List<Activity>(batch.Length);
        foreach (var report in batch)
        {
            // Without a context in its headers a report's span hangs under the batch, not under the previous report's span.
            Activity.Current = outer;
            var parent = ActivityContext.TryParse(report.Headers.Get<string>(DiagnosticHeaders.ActivityId), null, isRemote: true, out var context)
                ? context
                : default;
            if (Source.StartActivity("store write", ActivityKind.Internal, parent) is { } span)
            {
                span.SetTag("mobius.object_uri", report.Message.ObjectUri);
                span.SetTag("mobius.batch_size", batch.Length);
                spans.Add(span);
            }
        }

        Activity.Current = outer;
        return new StoreWriteSpans(spans);
    }

    public void Dispose()
    {
        var outer = Activity.Current;
        foreach (var span in _spans)
        {
            span.Dispose();
        }

        Activity.Current = outer;
    }
}
