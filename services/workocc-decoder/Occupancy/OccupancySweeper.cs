using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.WorkOcc.Profiles;
using Mobius.Micro.WorkOcc.Semantics;
using Mobius.Micro.WorkOccDecoder.Devices;
using Mobius.Micro.WorkOccDecoder.State;
using Mobius.Micro.WorkOccDecoder.Telegrams;
using Mobius.Micro.WorkOccDecoder.Telemetry;

namespace Mobius.Micro.WorkOccDecoder.Occupancy;

/// <summary>
/// Every <see cref="WorkOccDecoderOptions.SweepIntervalSeconds"/>, the one replica that claims the
/// sweep walks all sensors: a state not confirmed within the timeout becomes unknown, and at local
/// midnight today's occupied minutes and utilisation start again from zero. Changed values are
/// published for the sensor's object like a frame's.
/// </summary>
public sealed partial class OccupancySweeper(
    SensorStateStore states,
    WorkOccDeviceDirectory directory,
    IBus bus,
    TimeProvider clock,
    IOptions<WorkOccDecoderOptions> options,
    WorkOccDecoderMetrics metrics,
    ILogger<OccupancySweeper> logger) : BackgroundService
{
    private readonly string _replica = Guid.NewGuid().ToString("N");
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(options.Value.SweepIntervalSeconds);
    private readonly WorkOccSemanticsOptions _semantics = options.Value.ToSemantics();

    /// <summary>Sweeps every sensor once, if no other replica claimed this interval; answers whether it did.</summary>
    public async Task<bool> SweepOnceAsync(CancellationToken cancellationToken)
    {
        if (!await states.TryClaimSweepAsync(_replica, _interval))
        {
            return false;
        }

        await foreach (var uid in states.SensorsAsync().WithCancellation(cancellationToken))
        {
            await SweepSensorAsync(uid, cancellationToken);
        }

        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogSweepFailed(failure);
            }
        }
    }

    private async Task SweepSensorAsync(string uid, CancellationToken cancellationToken)
    {
        var gone = false;
        var sweep = await states.UpdateAsync(
            uid,
            stored =>
            {
                gone = stored.Version == 0;
                return gone ? null : WorkOccSensorMachine.Sweep(stored.State, clock.GetUtcNow(), _semantics);
            },
            decided => decided?.State);
        if (gone)
        {
            await states.ForgetAsync(uid);
            return;
        }

        if (sweep is null)
        {
            return;
        }

        if (sweep.TimedOut)
        {
            metrics.TimedOut();
        }

        var device = await directory.FindAsync(uid, cancellationToken);
        if (device is { Found: true, ObjectUri: { } objectUri } && WorkOccSensorProfiles.FindByPid(device.Pid ?? "") is { } profile
            && SensorObjectValues.For(objectUri, profile, clock.GetUtcNow(), sweep.Readings) is { Values.Count: > 0 } values)
        {
            await bus.Publish(values, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The occupancy sweep failed; the next interval tries again")]
    private partial void LogSweepFailed(Exception failure);
}
