using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Esp3;
using Mobius.Micro.EnOceanDecoder.Broadcasts;
using Mobius.Micro.EnOceanDecoder.Dedup;
using Mobius.Micro.EnOceanDecoder.Devices;
using Mobius.Micro.EnOceanDecoder.TeachIn;
using Mobius.Micro.EnOceanDecoder.Telemetry;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>
/// Turns each EnOcean telegram of the raw-telegram fan-out into a reading: the first copy of a
/// telegram within the de-duplication window is broadcast to API subscribers, a teach-in goes to
/// <see cref="TeachInHandler"/>, data is decoded with the EEP of the sender's device object and
/// published. Later copies from other connectors only update the best-signal bookkeeping. A
/// telegram that gives no reading is counted by reason and logged, never retried. Readings and
/// broadcasts are gathered in <see cref="DecodedTelegrams"/> and published once per bus message.
/// </summary>
public sealed class EnOceanTelegramConsumer(
    EnOceanDeviceDirectory directory,
    TelegramDeduplicator deduplicator,
    TeachInHandler teachIns,
    IOptions<EnOceanDecoderOptions> options,
    EnOceanDecoderMetrics metrics,
    UnknownSenderLog log) : IConsumer<RawTelegramReceived>
{
    public async Task Consume(ConsumeContext<RawTelegramReceived> context)
    {
        var output = new DecodedTelegrams();
        await HandleAsync(context, [context.Message], output);
        await output.PublishAsync(context, context.CancellationToken);
    }

    /// <summary>
    /// Handles the telegrams of the message <paramref name="context"/> consumes, in order: reads them all,
    /// de-duplicates them in one round trip, looks up their senders' devices all at once, then turns
    /// each first copy into its reading; readings and broadcasts go to <paramref name="output"/>.
    /// </summary>
    public async Task HandleAsync(ConsumeContext context, IReadOnlyList<RawTelegramReceived> telegrams, DecodedTelegrams output)
    {
        var copies = new List<TelegramCopy>(telegrams.Count);
        foreach (var raw in telegrams)
        {
            if (raw.Module == RadioModules.EnOcean && Read(raw, output) is { } copy)
            {
                copies.Add(copy);
            }
        }

        var verdicts = await deduplicator.RecordAsync(copies);
        var devices = await directory.FindAllAsync(
            copies.Where((_, index) => verdicts[index] != DedupVerdict.Duplicate).Select(copy => copy.Received.Telegram.SenderId), context.CancellationToken);
        for (var index = 0; index < copies.Count; index++)
        {
            await HandleAsync(context, copies[index], verdicts[index], devices, output);
        }
    }

    private TelegramCopy? Read(RawTelegramReceived raw, DecodedTelegrams output)
    {
        if (!Esp3PacketParser.TryParse(raw.Data, out var packet, out var frameError))
        {
            NotDecoded(raw, "-", frameError.ToCode(), frameError.Describe());
            return null;
        }

        if (!ReceivedRadioTelegram.TryRead(packet, out var received, out var reason))
        {
            BroadcastRemoteManagement(output, packet, raw);
            NotDecoded(raw, "-", reason, $"packet type {packet.PacketType}");
            return null;
        }

        return new TelegramCopy(raw, received!, received!.Telegram.Dbm ?? raw.Rssi);
    }

    private async Task HandleAsync(
        ConsumeContext context, TelegramCopy copy, DedupVerdict verdict, IReadOnlyDictionary<string, EnOceanDeviceRegistration> devices, DecodedTelegrams output)
    {
        var (raw, telegram, dbm) = (copy.Raw, copy.Received.Telegram, copy.Dbm);
        using var decode = EnOceanDecoderTracing.Decode(raw);
        if (verdict == DedupVerdict.Duplicate)
        {
            metrics.Duplicate();
            return;
        }

        if (options.Value.Broadcasts)
        {
            output.Broadcast(TelegramBroadcasts.For(telegram, raw.ConnectorUri, raw.ReceivedAt));
        }

        var device = devices[telegram.SenderId];
        if (TeachInAnnouncement.Of(telegram) is { } announcement)
        {
            await teachIns.HandleAsync(context, announcement, telegram.SenderId, device, raw, dbm);
        }

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

        output.Report(DeviceReadings.From(device.ObjectUri, raw.ReceivedAt, telegram, decoded));
        metrics.Decoded(device.Eep);
    }

    private void BroadcastRemoteManagement(DecodedTelegrams output, Esp3Packet packet, RawTelegramReceived raw)
    {
        if (options.Value.Broadcasts && TelegramBroadcasts.ForRemoteManagement(packet, raw.ConnectorUri, raw.ReceivedAt) is { } command)
        {
            output.Broadcast(command);
        }
    }

    private void NotDecoded(RawTelegramReceived raw, string senderId, string reason, string detail, string eep = "")
    {
        metrics.NotDecoded(reason, eep);
        log.NotDecoded(senderId, raw.ConnectorSerial, reason, detail);
    }
}
