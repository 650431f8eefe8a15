using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;
using Mobius.Micro.EnOceanDecoder.Devices;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>
/// Decodes each EnOcean telegram of the raw-telegram fan-out with the EEP of its sender's device
/// object and publishes the readings. A telegram that gives no reading (bad frame, unknown
/// sender, teach-in, undecodable data) is counted by reason and logged, never retried.
/// </summary>
public sealed class EnOceanTelegramConsumer(
    EnOceanDeviceDirectory directory,
    EnOceanDecoderMetrics metrics,
    UnknownSenderLog log) : IConsumer<RawTelegramReceived>
{
    public async Task Consume(ConsumeContext<RawTelegramReceived> context)
    {
        var raw = context.Message;
        if (raw.Module != RadioModules.EnOcean)
        {
            return;
        }

        if (!Esp3PacketParser.TryParse(raw.Data, out var packet, out var frameError))
        {
            NotDecoded(raw, "-", frameError.ToCode(), frameError.Describe());
            return;
        }

        if (packet.PacketType != Esp3PacketType.RadioErp1)
        {
            NotDecoded(raw, "-", "not_radio_erp1", $"packet type {packet.PacketType}");
            return;
        }

        if (!Erp1TelegramParser.TryParse(packet, out var telegram, out var radioError))
        {
            NotDecoded(raw, "-", radioError.ToCode(), radioError.Describe());
            return;
        }

        var device = await directory.FindAsync(telegram.SenderId, context.CancellationToken);
        if (!device.Found || device.ObjectUri is null || device.Eep is null)
        {
            NotDecoded(raw, telegram.SenderId, "unknown_device", "no EnOcean device object has this uid");
            return;
        }

        var decoded = EepDecoder.Decode(device.Eep, telegram);
        if (!decoded.IsSuccess && !decoded.IsTeachIn)
        {
            NotDecoded(raw, telegram.SenderId, decoded.Error!.Value.ToCode(), decoded.Error.Value.Describe(), device.Eep);
            return;
        }

        await context.Publish(DeviceReadings.From(device.ObjectUri, raw.ReceivedAt, telegram, decoded), context.CancellationToken);
        metrics.Decoded(device.Eep);
    }

    private void NotDecoded(RawTelegramReceived raw, string senderId, string reason, string detail, string eep = "")
    {
        metrics.NotDecoded(reason, eep);
        log.NotDecoded(senderId, raw.ConnectorSerial, reason, detail);
    }
}
