using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Profiles;
using Mobius.Micro.WorkOcc.Semantics;
using Mobius.Micro.WorkOccDecoder.Devices;
using Mobius.Micro.WorkOccDecoder.State;
using Mobius.Micro.WorkOccDecoder.Telemetry;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>
/// Decodes each WorkOcc telegram of the raw-telegram fan-out: a frame that fails any check is
/// counted by reason and dropped; a valid one is broadcast as <c>WORKOCC_TELEGRAM</c>, applied to its
/// sensor's shared state (duplicates and stale frames change nothing), and its values published for
/// the sensor's object; a sensor without an object is announced instead. The device is looked up
/// before the state changes, so a failed lookup retries the message with nothing applied yet; a
/// retry after the state was stored is recognised as the same message and publishes its values again.
/// </summary>
public sealed class WorkOccTelegramConsumer(
    WorkOccDeviceDirectory directory,
    SensorStateStore states,
    UnknownSensorAnnouncer announcer,
    IOptions<WorkOccDecoderOptions> options,
    WorkOccDecoderMetrics metrics,
    TelegramLog log) : IConsumer<RawTelegramReceived>
{
    private readonly WorkOccSemanticsOptions _semantics = options.Value.ToSemantics();

    public async Task Consume(ConsumeContext<RawTelegramReceived> context)
    {
        var raw = context.Message;
        if (raw.Module != RadioModules.WorkOcc)
        {
            return;
        }

        using var decode = WorkOccDecoderTracing.Decode(raw);
        metrics.TelegramReceived();
        if (!WorkOccFrameParser.TryParse(raw.Data, out var frame, out var error))
        {
            metrics.Rejected(error.Reason);
            log.Rejected(raw.ConnectorSerial, error.Reason, error.Message);
            return;
        }

        await context.Publish(WorkOccTelegramBroadcast.For(frame, raw), context.CancellationToken);
        var device = await directory.FindAsync(frame.Uid, context.CancellationToken);
        var reception = new FrameReception(Convert.ToHexString(raw.Data), $"{raw.ConnectorSerial}/{raw.Boot}/{raw.Seq}", raw.ReceivedAt);
        var step = await states.UpdateAsync(
            frame.Uid,
            stored => WorkOccSensorMachine.Receive(stored.State, frame, reception, _semantics),
            decided => decided.Verdict == FrameVerdict.Applied ? decided.State : null);
        metrics.Frame(frame.Type.ToName(), step.Verdict);
        if (step.Verdict == FrameVerdict.Applied)
        {
            metrics.Noticed(step);
        }

        if (step.Readings.Count > 0)
        {
            await WriteAsync(context, frame, raw, device, step);
        }
    }

    private async Task WriteAsync(
        ConsumeContext<RawTelegramReceived> context, WorkOccFrame frame, RawTelegramReceived raw, WorkOccDeviceRegistration device, SensorStep step)
    {
        if (!device.Found || device.ObjectUri is null)
        {
            NotWritten(frame.Uid, raw, NotWrittenReasons.UnknownDevice, "no WorkOcc device object has this uid");
            await announcer.AnnounceAsync(context, frame, raw, context.CancellationToken);
            return;
        }

        if (WorkOccSensorProfiles.FindByPid(device.Pid ?? "") is not { } profile)
        {
            NotWritten(frame.Uid, raw, NotWrittenReasons.UnknownProfile, $"object {device.ObjectUri} has PID {device.Pid}, not a WorkOcc profile");
            return;
        }

        await context.Publish(SensorObjectValues.For(device.ObjectUri, profile, raw.ReceivedAt, step.Readings), context.CancellationToken);
    }

    private void NotWritten(string uid, RawTelegramReceived raw, string reason, string detail)
    {
        metrics.NotWritten(reason);
        log.NotWritten(uid, raw.ConnectorSerial, reason, detail);
    }
}
