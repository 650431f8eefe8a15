using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Messaging;
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
/// Values and broadcasts are gathered in <see cref="DecodedTelegrams"/> and published once per bus message.
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
        var output = new DecodedTelegrams();
        await HandleAsync(context, context.Message, output);
        await output.PublishAsync(context, context.CancellationToken);
    }

    /// <summary>Handles one telegram of the message <paramref name="context"/> consumes; its values and broadcast go to <paramref name="output"/>.</summary>
    public async Task HandleAsync(ConsumeContext context, RawTelegramReceived raw, DecodedTelegrams output)
    {
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

        output.Broadcast(WorkOccTelegramBroadcast.For(frame, raw));
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
            await WriteAsync(context, output, frame, raw, device, step);
        }
    }

    private async Task WriteAsync(
        ConsumeContext context, DecodedTelegrams output, WorkOccFrame frame, RawTelegramReceived raw, WorkOccDeviceRegistration device, SensorStep step)
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

        output.Report(SensorObjectValues.For(device.ObjectUri, profile, raw.ReceivedAt, step.Readings));
    }

    private void NotWritten(string uid, RawTelegramReceived raw, string reason, string detail)
    {
        metrics.NotWritten(reason);
        log.NotWritten(uid, raw.ConnectorSerial, reason, detail);
    }
}
