using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Telemetry;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Services;

/// <summary>
/// A service's periodic health report: written into its status object, observed at the time this
/// store received it (so the services' clocks do not matter). Reports for another hub or an
/// unknown service are counted and dropped.
/// </summary>
public sealed partial class ServiceHealthConsumer(
    ServiceStatusWriter statuses, ProfileCatalog profiles, IOptions<HubOptions> hub, TimeProvider time, ObjectStoreMetrics metrics, ILogger<ServiceHealthConsumer> logger)
    : IConsumer<ServiceHealthReported>
{
    public async Task Consume(ConsumeContext<ServiceHealthReported> context)
    {
        var report = context.Message;
        var sid = report.Sid.ToUpperInvariant();
        if (report.Hid.ToUpperInvariant() != hub.Value.HubId || !profiles.HasService(sid)
            || report.Status is < (int)ServiceStatusProfile.Unknown or > (int)ServiceStatusProfile.Ok)
        {
            metrics.ServiceHealth(sid, "refused");
            LogRefused(report.Hid, report.Sid, report.Status);
            return;
        }

        if (await statuses.WriteAsync(sid, report.Status, report.StatusText, time.GetUtcNow(), context.CancellationToken))
        {
            metrics.ServiceHealth(sid, report.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a health report for hub {Hid} service {Sid} status {Status}: not a service of this store")]
    private partial void LogRefused(string hid, string sid, int status);
}
