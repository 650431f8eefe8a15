using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Services;
using Mobius.Micro.ObjectStore.Subscriptions;
using Mobius.Micro.ObjectStore.Telemetry;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// Writes what services measured, many reports at once (from <see cref="ObjectValuesReportedConsumer"/>
/// and <see cref="ObjectValuesReportedBatchConsumer"/>): every valid value at priority 15 and each
/// object's <c>objectLastUpdated</c> at its report's observation time, in one statement (see
/// <see cref="MeasuredValuesWriter"/>). A value that cannot be written (unknown object or resource,
/// wrong type, out of range, its service stopped) is counted and logged with its reason and
/// dropped; it never fails the batch, so nothing is redelivered for ever. Database failures do fail
/// it, and are retried. Each report gets a <c>store write</c> span in its telegram's trace (its
/// <see cref="ObjectValuesReported.TraceParent"/>) and its end-to-end latency recorded.
/// </summary>
public sealed partial class ReportsWriter(
    ProfileCatalog profiles,
    ServiceStates services,
    MeasuredValuesWriter writer,
    ChangeNotifier notifier,
    ObjectStoreMetrics metrics,
    TimeProvider clock,
    ILogger<ReportsWriter> logger)
{
    public async Task WriteAsync(IReadOnlyList<ObjectValuesReported> reports, CancellationToken cancellationToken)
    {
        var values = new List<MeasuredValue>(reports.Count * 8);
        var sources = new List<(int Report, string Rid)>(values.Capacity);
        for (var index = 0; index < reports.Count; index++)
        {
            Plan(index, reports[index], values, sources);
        }

        MeasuredWriteResult result;
        using (StoreWriteSpans.Start(reports))
        {
            result = await writer.WriteAsync(values, cancellationToken);
        }

        metrics.ReportBatchWritten(reports.Count);
        RecordLatencies(reports);
        metrics.ReportedValuesAccepted(result.FoundCount);
        ReportMissing(result, sources, reports);
        notifier.Stored(result.Changed);
    }

    private void RecordLatencies(IReadOnlyList<ObjectValuesReported> reports)
    {
        var now = clock.GetUtcNow();
        foreach (var report in reports)
        {
            metrics.Stored(now - report.ObservedAt);
        }
    }

    private void Plan(int index, ObjectValuesReported report, List<MeasuredValue> values, List<(int, string)> sources)
    {
        var objectUri = report.ObjectUri ?? "";
        if (!MobiusUri.TryParse(objectUri, out var uri, out _) || uri.Level != UriPart.Ins)
        {
            RejectAll(report, ReportRejectionReasons.InvalidUri, $"'{objectUri}' is not an object URI");
            return;
        }

        if (profiles.Find(uri.Sid!, uri.Pid!) is not { } profile)
        {
            RejectAll(report, ReportRejectionReasons.UnknownProfile, $"service {uri.Sid} has no profile {uri.Pid}");
            return;
        }

        if (services.IsStopped(uri.Sid!))
        {
            RejectAll(report, ReportRejectionReasons.ServiceStopped, $"service {uri.Sid} is stopped");
            return;
        }

        var accepted = 0;
        foreach (var reported in report.Values ?? [])
        {
            if (profile.FindResource(reported.Rid ?? "") is not { } resource)
            {
                Reject(objectUri, reported.Rid ?? "", ReportRejectionReasons.UnknownResource, $"{profile.ProfileName} has no resource {reported.Rid}");
            }
            else if (ReportedValueReader.Read(resource, reported, out var value) is { } rejection)
            {
                Reject(objectUri, reported.Rid!, rejection.Reason, rejection.Message);
            }
            else
            {
                values.Add(new MeasuredValue(uri, resource.Rid, value!, report.ObservedAt, KeepHistory: !resource.WriteOnly));
                sources.Add((index, resource.Rid));
                accepted++;
            }
        }

        if (accepted > 0 && CommonResources.ObjectLastUpdatedOf(profile) is not null)
        {
            // No history: its value would be the time the history entry is filed under.
            values.Add(new MeasuredValue(uri, CommonResources.ObjectLastUpdated, new DateTimeValue(report.ObservedAt), report.ObservedAt, KeepHistory: false));
            sources.Add((index, CommonResources.ObjectLastUpdated));
        }
    }

    /// <summary>Values whose resource was not stored: all of a report's missing means its object does not exist.</summary>
    private void ReportMissing(MeasuredWriteResult result, List<(int Report, string Rid)> sources, IReadOnlyList<ObjectValuesReported> reports)
    {
        if (result.FoundCount == sources.Count)
        {
            return;
        }

        var anyFound = new bool[reports.Count];
        for (var index = 0; index < sources.Count; index++)
        {
            anyFound[sources[index].Report] |= result.Found[index];
        }

        for (var index = 0; index < sources.Count; index++)
        {
            if (!result.Found[index])
            {
                var (report, rid) = sources[index];
                var objectUri = reports[report].ObjectUri ?? "";
                var (reason, message) = anyFound[report]
                    ? (ReportRejectionReasons.UnknownResource, $"object {objectUri} has no stored resource {rid}")
                    : (ReportRejectionReasons.UnknownObject, $"object {objectUri} does not exist");
                Reject(objectUri, rid, reason, message);
            }
        }
    }

    private void RejectAll(ObjectValuesReported report, string reason, string message)
    {
        foreach (var reported in report.Values ?? [])
        {
            Reject(report.ObjectUri ?? "", reported.Rid ?? "", reason, message);
        }
    }

    private void Reject(string objectUri, string rid, string reason, string message)
    {
        metrics.ReportedValueRejected(reason);
        LogRejected(objectUri, rid, reason, message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped reported value {ObjectUri} {Rid}: {Reason} ({Detail})")]
    private partial void LogRejected(string objectUri, string rid, string reason, string detail);
}
