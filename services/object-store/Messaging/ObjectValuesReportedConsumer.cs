using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Telemetry;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// Writes what a service measured: every valid value at priority 15 and <c>objectLastUpdated</c>
/// at the observation time, in one statement. A value that cannot be written (unknown object or
/// resource, wrong type, out of range) is counted and logged with its reason and dropped; it never
/// fails the message, so nothing is redelivered for ever. Database failures do fail it, and are retried.
/// </summary>
public sealed partial class ObjectValuesReportedConsumer(
    ProfileCatalog profiles, ObjectRepository objects, ObjectStoreMetrics metrics, ILogger<ObjectValuesReportedConsumer> logger)
    : IConsumer<ObjectValuesReported>
{
    public async Task Consume(ConsumeContext<ObjectValuesReported> context)
    {
        var report = context.Message;
        if (!MobiusUri.TryParse(report.ObjectUri, out var uri, out _) || uri.Level != UriPart.Ins)
        {
            RejectAll(report, ReportRejectionReasons.InvalidUri, $"'{report.ObjectUri}' is not an object URI");
            return;
        }

        if (profiles.Find(uri.Sid!, uri.Pid!) is not { } profile)
        {
            RejectAll(report, ReportRejectionReasons.UnknownProfile, $"service {uri.Sid} has no profile {uri.Pid}");
            return;
        }

        var accepted = new Dictionary<string, ResourceValue>(report.Values.Count + 1, StringComparer.Ordinal);
        foreach (var reported in report.Values)
        {
            if (profile.FindResource(reported.Rid) is not { } resource)
            {
                Reject(report.ObjectUri, reported.Rid, ReportRejectionReasons.UnknownResource, $"{profile.ProfileName} has no resource {reported.Rid}");
            }
            else if (ReportedValueReader.Read(resource, reported, out var value) is { } rejection)
            {
                Reject(report.ObjectUri, reported.Rid, rejection.Reason, rejection.Message);
            }
            else
            {
                accepted[resource.Rid] = value!;
            }
        }

        if (accepted.Count == 0)
        {
            return;
        }

        if (profile.FindResource(CommonResources.ObjectLastUpdated) is not null)
        {
            accepted[CommonResources.ObjectLastUpdated] = new DateTimeValue(report.ObservedAt);
        }

        var written = await objects.WriteMeasuredAsync(uri, accepted, context.CancellationToken);
        metrics.ReportedValuesAccepted(written.Count);
        foreach (var missing in accepted.Keys.Except(written, StringComparer.Ordinal))
        {
            var (reason, message) = written.Count == 0
                ? (ReportRejectionReasons.UnknownObject, $"object {uri} does not exist")
                : (ReportRejectionReasons.UnknownResource, $"object {uri} has no stored resource {missing}");
            Reject(report.ObjectUri, missing, reason, message);
        }
    }

    private void RejectAll(ObjectValuesReported report, string reason, string message)
    {
        foreach (var reported in report.Values)
        {
            Reject(report.ObjectUri, reported.Rid, reason, message);
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
