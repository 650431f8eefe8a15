using System.Diagnostics;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.ObjectStore.Telemetry;

/// <summary>
/// One <c>store write</c> span per report of a batch, each in its own telegram's trace: the parent is
/// the report's own <see cref="ObjectValuesReported.TraceParent"/> (the decoder's <c>decode</c> span, or
/// the context in a single report's headers), not the batch, which mixes many telegrams. The spans last as long as the
/// batch's single database write. Disposing ends them and leaves <see cref="Activity.Current"/> as it was.
/// </summary>
public sealed class StoreWriteSpans : IDisposable
{
    public const string SourceName = MobiusTelemetry.Prefix + "ObjectStore";

    private static readonly ActivitySource Source = new(SourceName);

    private readonly List<Activity> _spans;

    private StoreWriteSpans(List<Activity> spans) => _spans = spans;

    public static StoreWriteSpans Start(IReadOnlyList<ObjectValuesReported> reports)
    {
        var outer = Activity.Current;
        var spans = new List<Activity>(reports.Count);
        foreach (var report in reports)
        {
            // Without a context in its headers a report's span hangs under the batch, not under the previous report's span.
            Activity.Current = outer;
            var parent = ActivityContext.TryParse(report.TraceParent, null, isRemote: true, out var context)
                ? context
                : default;
            if (Source.StartActivity("store write", ActivityKind.Internal, parent) is { } span)
            {
                span.SetTag("mobius.object_uri", report.ObjectUri);
                span.SetTag("mobius.batch_size", reports.Count);
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
