using System.Diagnostics.Metrics;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.ObjectStore.Telemetry;

/// <summary>The object store's own instruments, meter <c>Mobius.Micro.ObjectStore</c>.</summary>
public sealed class ObjectStoreMetrics
{
    public const string MeterName = MobiusTelemetry.Prefix + "ObjectStore";

    private readonly Counter<long> apiRefusals;
    private readonly Counter<long> reportedValues;
    private readonly Histogram<int> reportBatchSize;
    private readonly Histogram<double> endToEndLatency;
    private readonly Counter<long> provisioning;
    private readonly UpDownCounter<long> subscriptionConnections;
    private readonly Counter<long> subscriptionDrops;
    private readonly Counter<long> historyPurged;
    private readonly Counter<long> serviceHealthReports;

    public ObjectStoreMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        apiRefusals = meter.CreateCounter<long>(
            "mobius.object_store.api.refusals", "{request}", "Engine API requests refused, by error code");
        reportedValues = meter.CreateCounter<long>(
            "mobius.object_store.reported_values", "{value}", "Values reported on the bus, by outcome and rejection reason");
        reportBatchSize = meter.CreateHistogram<int>(
            "mobius.object_store.report_batch.size", "{message}", "Reports written together in one database round trip");
        endToEndLatency = meter.CreateHistogram(
            "mobius.object_store.end_to_end_latency", "s", "From the gateway receiving a telegram (the report's observation time) to its values stored",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        provisioning = meter.CreateCounter<long>(
            "mobius.object_store.provisioning", "{request}", "Object provisioning requests, by outcome and reason");
        subscriptionConnections = meter.CreateUpDownCounter<long>(
            "mobius.object_store.subscriptions.connections", "{connection}", "Open subscription websockets");
        subscriptionDrops = meter.CreateCounter<long>(
            "mobius.object_store.subscriptions.dropped", "{event}", "Subscription events or notifications dropped, by reason");
        historyPurged = meter.CreateCounter<long>(
            "mobius.object_store.history.purged", "{value}", "History values deleted for being older than the retention");
        serviceHealthReports = meter.CreateCounter<long>(
            "mobius.object_store.service_health", "{report}", "Service health reports and staleness markings, by service and status");
    }

    /// <summary>Seconds: 1 ms to 1 minute, dense where a healthy pipeline is (below 1 s).</summary>
    private static readonly double[] LatencyBuckets =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    public void ApiRequestRefused(string errorCode) =>
        apiRefusals.Add(1, new KeyValuePair<string, object?>("error_code", errorCode));

    public void ReportedValuesAccepted(int count) =>
        reportedValues.Add(count, new KeyValuePair<string, object?>("outcome", "accepted"));

    public void ReportedValueRejected(string reason) =>
        reportedValues.Add(1, new("outcome", "rejected"), new("reason", reason));

    public void ReportBatchWritten(int messages) => reportBatchSize.Record(messages);

    public void Stored(TimeSpan sinceReceived) => endToEndLatency.Record(Math.Max(0, sinceReceived.TotalSeconds));

    public void Provisioning(string outcome, string reason) =>
        provisioning.Add(1, new("outcome", outcome), new("reason", reason));

    public void SubscriptionConnected(int delta) => subscriptionConnections.Add(delta);

    public void SubscriptionEventsDropped(string reason) =>
        subscriptionDrops.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void HistoryPurged(long count) => historyPurged.Add(count);

    public void ServiceHealth(string sid, string status) =>
        serviceHealthReports.Add(1, new("sid", sid), new("status", status));
}
