using System.Diagnostics.Metrics;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.ObjectStore.Telemetry;

/// <summary>The object store's own instruments, meter <c>Mobius.Micro.ObjectStore</c>.</summary>
public sealed class ObjectStoreMetrics
{
    public const string MeterName = MobiusTelemetry.Prefix + "ObjectStore";

    private readonly Counter<long> apiRefusals;
    private readonly Counter<long> reportedValues;

    public ObjectStoreMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        apiRefusals = meter.CreateCounter<long>(
            "mobius.object_store.api.refusals", "{request}", "Engine API requests refused, by error code");
        reportedValues = meter.CreateCounter<long>(
            "mobius.object_store.reported_values", "{value}", "Values reported on the bus, by outcome and rejection reason");
    }

    public void ApiRequestRefused(string errorCode) =>
        apiRefusals.Add(1, new KeyValuePair<string, object?>("error_code", errorCode));

    public void ReportedValuesAccepted(int count) =>
        reportedValues.Add(count, new KeyValuePair<string, object?>("outcome", "accepted"));

    public void ReportedValueRejected(string reason) =>
        reportedValues.Add(1, new("outcome", "rejected"), new("reason", reason));
}
