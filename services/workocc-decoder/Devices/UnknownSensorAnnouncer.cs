using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Profiles;
using Mobius.Micro.WorkOccDecoder.State;
using Mobius.Micro.WorkOccDecoder.Telemetry;

namespace Mobius.Micro.WorkOccDecoder.Devices;

/// <summary>
/// Tells the system about a sensor that has no object: <see cref="WorkOccSensorDiscovered"/>, and
/// with <see cref="WorkOccDecoderOptions.AutoProvision"/> an <see cref="ObjectProvisioningRequested"/>
/// for the profile of the kind its frame shows (a health frame shows none). Once per sensor and
/// kind per <see cref="WorkOccDecoderOptions.DiscoveryIntervalSeconds"/> across all replicas.
/// </summary>
public sealed partial class UnknownSensorAnnouncer(
    SensorStateStore store,
    IOptions<WorkOccDecoderOptions> options,
    IOptions<WorkOccServiceOptions> service,
    IOptions<HubOptions> hub,
    WorkOccDecoderMetrics metrics,
    ILogger<UnknownSensorAnnouncer> logger)
{
    public const string ProvisioningReason = "auto-provision";
    private const string UnknownKind = "unknown";

    private readonly TimeSpan _interval = TimeSpan.FromSeconds(options.Value.DiscoveryIntervalSeconds);

    public async Task AnnounceAsync(IPublishEndpoint publisher, WorkOccFrame frame, RawTelegramReceived raw, CancellationToken cancellationToken)
    {
        var profile = WorkOccSensorProfiles.ForFrameType(frame.Type);
        if (!await store.TryClaimAnnouncementAsync(frame.Uid, profile?.SensorType ?? UnknownKind, _interval))
        {
            return;
        }

        var provision = options.Value.AutoProvision && profile is not null;
        if (provision)
        {
            await publisher.Publish(ProvisioningOf(frame.Uid, profile!), cancellationToken);
        }

        await publisher.Publish(new WorkOccSensorDiscovered
        {
            Hid = hub.Value.HubId,
            Uid = frame.Uid,
            SensorType = profile?.SensorType,
            Pid = profile?.Pid,
            MessageType = frame.Type.ToName(),
            ConnectorSerial = raw.ConnectorSerial,
            ConnectorUri = raw.ConnectorUri,
            Rssi = raw.Rssi,
            ReceivedAt = raw.ReceivedAt,
            ProvisioningRequested = provision,
        }, cancellationToken);
        metrics.Discovered(provision);
        LogDiscovered(frame.Uid, raw.ConnectorSerial, profile?.SensorType ?? UnknownKind, provision);
    }

    private ObjectProvisioningRequested ProvisioningOf(string uid, WorkOccSensorProfile profile) => new()
    {
        Hid = hub.Value.HubId,
        Sid = service.Value.WorkOccDevices,
        Pid = profile.Pid,
        Configuration =
        [
            ReportedValue.Of(WorkOccResourceIds.SensorType, profile.SensorType),
            ReportedValue.Of(WorkOccResourceIds.Uid, uid),
        ],
        Reason = ProvisioningReason,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "WorkOcc sensor {Uid} heard by {Connector} has no object (kind {Kind}); provisioning requested: {Provisioning}")]
    private partial void LogDiscovered(string uid, string connector, string kind, bool provisioning);
}
