using System.Diagnostics.Metrics;
using Mobius.Micro.ServiceDefaults.Telemetry;
using Mobius.Micro.WorkOcc.Semantics;

namespace Mobius.Micro.WorkOccDecoder.Telemetry;

/// <summary>
/// The decoder's instruments, meter <c>Mobius.Micro.WorkOccDecoder</c>: telegrams taken, frames
/// rejected by reason, valid frames by type and verdict, readings not written by reason, and what
/// the semantic rules noticed (missed frames, sequence restarts, counter reboots, timeouts).
/// </summary>
public sealed class WorkOccDecoderMetrics
{
    public const string MeterName = MobiusTelemetry.Prefix + "WorkOccDecoder";

    private readonly Counter<long> _received;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _frames;
    private readonly Counter<long> _notWritten;
    private readonly Counter<long> _missedFrames;
    private readonly Counter<long> _sequenceRestarts;
    private readonly Counter<long> _counterReboots;
    private readonly Counter<long> _timeouts;
    private readonly Counter<long> _discovered;
    private readonly Counter<long> _stateConflicts;
    private readonly Counter<long> _stateUnreadable;

    public WorkOccDecoderMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _received = meter.CreateCounter<long>("mobius.workocc.telegrams.received", "{telegram}", "WorkOcc telegrams taken from the bus");
        _rejected = meter.CreateCounter<long>("mobius.workocc.frames.rejected", "{frame}", "Telegrams that are no valid WorkOcc frame, by reason");
        _frames = meter.CreateCounter<long>("mobius.workocc.frames", "{frame}", "Valid frames by message type and verdict (applied, duplicate, redelivered, stale)");
        _notWritten = meter.CreateCounter<long>("mobius.workocc.readings.not_written", "{frame}", "Applied frames whose values had no object to go to, by reason");
        _missedFrames = meter.CreateCounter<long>("mobius.workocc.frames.missed", "{frame}", "Frames never heard, from gaps in sensors' sequence numbers");
        _sequenceRestarts = meter.CreateCounter<long>("mobius.workocc.sequence.restarts", "{restart}", "Sensors that restarted their sequence numbers");
        _counterReboots = meter.CreateCounter<long>("mobius.workocc.people_counter.reboots", "{reboot}", "People counters whose totals showed a reboot");
        _timeouts = meter.CreateCounter<long>("mobius.workocc.occupancy.timeouts", "{sensor}", "Occupancy states made unknown because no frame came in time");
        _discovered = meter.CreateCounter<long>("mobius.workocc.sensors.discovered", "{sensor}", "Announcements of sensors without an object, by whether provisioning was requested");
        _stateConflicts = meter.CreateCounter<long>("mobius.workocc.state.conflicts", "{conflict}", "Sensor state updates retried because another replica wrote first");
        _stateUnreadable = meter.CreateCounter<long>("mobius.workocc.state.unreadable", "{state}", "Stored sensor states that could not be read and started afresh");
    }

    public void TelegramReceived() => _received.Add(1);

    public void Rejected(string reason) => _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Frame(string type, FrameVerdict verdict) =>
        _frames.Add(1, new("type", type), new("verdict", verdict.ToString().ToLowerInvariant()));

    public void NotWritten(string reason) => _notWritten.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Noticed(SensorStep step)
    {
        if (step.Sequence.MissedFrames > 0)
        {
            _missedFrames.Add(step.Sequence.MissedFrames);
        }

        if (step.Sequence.Verdict == SequenceVerdict.Restarted)
        {
            _sequenceRestarts.Add(1);
        }

        if (step.CounterRebooted)
        {
            _counterReboots.Add(1);
        }
    }

    public void TimedOut() => _timeouts.Add(1);

    public void Discovered(bool provisioningRequested) =>
        _discovered.Add(1, new KeyValuePair<string, object?>("provisioning_requested", provisioningRequested));

    public void StateConflict() => _stateConflicts.Add(1);

    public void StateUnreadable() => _stateUnreadable.Add(1);
}
