using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOceanDecoder.Telegrams;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.EnOceanDecoder.TeachIn;

/// <summary>
/// What a teach-in leads to: an <see cref="EnOceanTeachInReceived"/> event for every teach-in; for
/// an unknown sender announcing a supported EEP, with <see cref="EnOceanDecoderOptions.AutoProvision"/>
/// on, an <see cref="ObjectProvisioningRequested"/> for the EEP's profile with <c>0A</c> eep and
/// <c>0B</c> uid; and the UTE response the query asks for, when responses are enabled.
/// </summary>
public sealed partial class TeachInHandler(
    IOptions<EnOceanDecoderOptions> options,
    IOptions<HubOptions> hub,
    UteResponder responder,
    EnOceanDecoderMetrics metrics,
    ILogger<TeachInHandler> logger)
{
    public const string EepRid = "0A";
    public const string UidRid = "0B";
    public const string Reason = "teach-in";

    public async Task HandleAsync(ConsumeContext context, TeachInAnnouncement announcement, string senderId, EnOceanDeviceRegistration device, RawTelegramReceived raw, int? dbm)
    {
        await context.Publish(new EnOceanTeachInReceived
        {
            Hid = hub.Value.HubId,
            SenderId = senderId,
            Kind = announcement.Kind,
            Eep = announcement.Eep,
            ManufacturerId = announcement.ManufacturerId,
            EepSupported = announcement.EepSupported,
            UteRequest = announcement.Ute?.Request?.ToString(),
            Bidirectional = announcement.Ute?.IsBidirectional,
            ObjectUri = device.ObjectUri,
            ConnectorUri = raw.ConnectorUri,
            Dbm = dbm,
            ReceivedAt = raw.ReceivedAt,
        }, context.CancellationToken);
        metrics.TeachIn(announcement.Kind, device.Found);

        if (!device.Found && options.Value.AutoProvision && announcement.AsksForTeachIn && EepCatalog.TryGet(announcement.Eep ?? "", out var definition))
        {
            await context.Publish(new ObjectProvisioningRequested
            {
                Hid = hub.Value.HubId,
                Sid = options.Value.ServiceId.ToUpperInvariant(),
                Pid = definition.Pid,
                Configuration = [ReportedValue.Of(EepRid, definition.Eep), ReportedValue.Of(UidRid, senderId)],
                Reason = Reason,
            }, context.CancellationToken);
            metrics.ProvisioningRequested(definition.Eep);
            LogProvisioning(logger, senderId, definition.Eep, raw.ConnectorSerial);
        }

        if (responder.IsEnabled && announcement.Ute is { } query && responder.ResultFor(announcement, device.Found) is { } result)
        {
            await context.Publish(responder.Response(query, result, senderId, raw.ConnectorUri), context.CancellationToken);
            metrics.UteResponse(result.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sender {SenderId} taught in as {Eep} through {Connector}: device object requested")]
    private static partial void LogProvisioning(ILogger logger, string senderId, string eep, string connector);
}
