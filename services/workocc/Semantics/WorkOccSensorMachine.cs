using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Readings;

namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>
/// The semantic rules for one sensor, in order: a duplicate within the window is ignored (a
/// redelivery of the applied message gives its values again); a stale
/// sequence number is ignored; otherwise the frame is applied to the people-counter totals and the
/// occupancy track, and gives the values to write. Pure: the caller loads and stores the state.
/// </summary>
public static class WorkOccSensorMachine
{
    /// <summary><c>sinceChange</c> 0xFFFF means "more than 18 h": at least this long.</summary>
    private static readonly TimeSpan LongestSinceChange = TimeSpan.FromSeconds(ushort.MaxValue);

    public static SensorStep Receive(WorkOccSensorState state, WorkOccFrame frame, FrameReception reception, WorkOccSemanticsOptions options)
    {
        if (DuplicateWindow.FindOriginal(state.Recent, reception, options.DuplicateWindow) is { } original)
        {
            return original.MessageId == reception.MessageId ? Redelivered(state, frame) : SensorStep.Ignored(state, FrameVerdict.Duplicate);
        }

        var receivedAt = reception.ReceivedAt;
        var sequence = SequenceOrder.Check(state.Newest, frame.Sequence, receivedAt, options.ReorderWindow);
        if (sequence.Verdict == SequenceVerdict.Stale)
        {
            return SensorStep.Ignored(state, FrameVerdict.Stale);
        }

        PeopleCountStep? people = frame is PeopleCountFrame count
            ? PeopleCounter.Apply(state.People, count.In, count.Out, sequence.Verdict == SequenceVerdict.Restarted)
            : null;
        var next = new WorkOccSensorState
        {
            Newest = new SequenceMark(frame.Sequence, receivedAt),
            Recent = DuplicateWindow.Remember(state.Recent, new HeardFrame(reception.Fingerprint, reception.MessageId, receivedAt), options.DuplicateWindow),
            People = people?.Totals ?? state.People,
            Occupancy = OccupancyTracker.Observe(
                state.Occupancy, EvidenceOf(frame, receivedAt), receivedAt, sequence.IsContiguous, options.OccupancyTimeout, options.TimeZone),
        };
        return new SensorStep
        {
            State = next,
            Verdict = FrameVerdict.Applied,
            Sequence = sequence,
            CounterRebooted = people?.Rebooted ?? false,
            Readings = SensorReadings.Of(frame, next),
        };
    }

    /// <summary>The timeout and the day change at <paramref name="now"/>; <see langword="null"/> when neither changes anything.</summary>
    public static SensorSweep? Sweep(WorkOccSensorState state, DateTimeOffset now, WorkOccSemanticsOptions options)
    {
        if (!OccupancyTracker.TryExpire(state.Occupancy, now, options.OccupancyTimeout, options.TimeZone, out var track))
        {
            return null;
        }

        var next = state with { Occupancy = track };
        var timedOut = track.State != state.Occupancy.State;
        return new SensorSweep(next, timedOut, SensorReadings.OfOccupancy(track));
    }

    private static SensorStep Redelivered(WorkOccSensorState state, WorkOccFrame frame) => new()
    {
        State = state,
        Verdict = FrameVerdict.Redelivered,
        Readings = state.Newest?.Sequence == frame.Sequence ? SensorReadings.Of(frame, state) : [],
    };

    private static OccupancyEvidence EvidenceOf(WorkOccFrame frame, DateTimeOffset receivedAt) => frame switch
    {
        OccupancyFrame { SinceChangeSeconds: { } seconds } occupancy => OccupancyEvidence.Since(occupancy.State, receivedAt.AddSeconds(-seconds)),
        OccupancyFrame occupancy => OccupancyEvidence.AtLeastSince(occupancy.State, receivedAt - LongestSinceChange),
        HeartbeatFrame heartbeat => OccupancyEvidence.Now(heartbeat.State),
        PeopleCountFrame people => OccupancyEvidence.Now(people.Present > 0 ? OccupancyState.Occupied : OccupancyState.Vacant),
        _ => OccupancyEvidence.None,
    };
}
