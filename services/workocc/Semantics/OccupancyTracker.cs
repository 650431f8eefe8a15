using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>
/// Occupancy over time from frames that may be late, missed or back-dated. Today's history only
/// holds time some frame vouched for:
/// <list type="bullet">
/// <item>Between two frames the earlier state still held if no frame was missed in between (the
/// sequence is contiguous: a sensor sends a frame on every change) and the gap is within the
/// timeout; otherwise that time is unknown.</item>
/// <item>An occupancy frame puts the change at <c>received − sinceChange</c> and overrides what was
/// known from then on; a heartbeat or people count gives only the state at its arrival, so a
/// different state than the one carried makes the time since the previous frame unknown.</item>
/// <item>No frame for longer than the timeout makes the state unknown (<see cref="TryExpire"/>).</item>
/// <item>History starts afresh at local midnight; occupied time and utilisation count today only.</item>
/// </list>
/// </summary>
public static class OccupancyTracker
{
    /// <summary>Change times of one stint reported by two frames differ by transport delay and the 1 s resolution of <c>sinceChange</c>.</summary>
    public static readonly TimeSpan SameChangeTolerance = TimeSpan.FromSeconds(5);

    /// <param name="contiguous">No frame of the sensor was missed since the previous one applied.</param>
    public static OccupancyTrack Observe(
        OccupancyTrack track, OccupancyEvidence evidence, DateTimeOffset receivedAt, bool contiguous, TimeSpan timeout, TimeZoneInfo zone)
    {
        var previous = track.LastHeard;
        var heardAt = previous > receivedAt ? previous.Value : receivedAt;
        var carried = contiguous && previous is { } last && heardAt - last <= timeout ? track.State : OccupancyState.Unknown;
        var today = previous is { } from ? OccupancyTimeline.Mark(track.Today, from, heardAt, carried) : track.Today;
        var (state, since) = (carried, carried == track.State ? track.Since : previous);

        if (evidence is { State: { } reported, ChangedAt: { } changedAt })
        {
            changedAt = changedAt < heardAt ? changedAt : heardAt;
            if (reported == carried && previous is { } before && changedAt > before + SameChangeTolerance && !evidence.ChangedAtIsBound)
            {
                today = OccupancyTimeline.Mark(today, before, changedAt, OccupancyState.Unknown);
            }

            today = OccupancyTimeline.Mark(today, changedAt, heardAt, reported);
            (state, since) = (reported, IsSameStint(track, reported, changedAt, evidence.ChangedAtIsBound) ? track.Since : changedAt);
        }
        else if (evidence.State is { } now && now != carried)
        {
            if (previous is { } before)
            {
                today = OccupancyTimeline.Mark(today, before, heardAt, OccupancyState.Unknown);
            }

            (state, since) = (now, now == track.State && track.Since is not null ? track.Since : heardAt);
        }

        var dayStart = LocalDay.StartOf(heardAt, zone);
        return new OccupancyTrack
        {
            State = state,
            Since = since,
            LastHeard = heardAt,
            DayStart = dayStart,
            Today = OccupancyTimeline.From(today, dayStart),
        };
    }

    /// <summary>
    /// At <paramref name="now"/>: a known state not confirmed for longer than the timeout becomes
    /// unknown as of the last frame, and a new local day starts an empty history. False when neither applies.
    /// </summary>
    public static bool TryExpire(OccupancyTrack track, DateTimeOffset now, TimeSpan timeout, TimeZoneInfo zone, out OccupancyTrack expired)
    {
        var timedOut = track.State != OccupancyState.Unknown && track.LastHeard is { } last && now - last > timeout;
        var dayStart = LocalDay.StartOf(now, zone);
        var newDay = track.DayStart is { } start && dayStart > start;
        expired = track with
        {
            State = timedOut ? OccupancyState.Unknown : track.State,
            Since = timedOut ? track.LastHeard : track.Since,
            DayStart = newDay ? dayStart : track.DayStart,
            Today = newDay ? OccupancyTimeline.From(track.Today, dayStart) : track.Today,
        };
        return timedOut || newDay;
    }

    /// <summary>Occupied time today, as far as frames vouched for it.</summary>
    public static TimeSpan OccupiedToday(OccupancyTrack track) => OccupancyTimeline.TimeIn(track.Today, OccupancyState.Occupied);

    /// <summary>Occupied time today as a percentage of today's time up to the last frame (0 before any frame today).</summary>
    public static double UtilisationToday(OccupancyTrack track)
    {
        var elapsed = track.LastHeard - track.DayStart;
        return elapsed > TimeSpan.Zero ? 100 * OccupiedToday(track) / elapsed.Value : 0;
    }

    private static bool IsSameStint(OccupancyTrack track, OccupancyState reported, DateTimeOffset changedAt, bool changedAtIsBound) =>
        reported == track.State && track.Since is { } since && (changedAtIsBound
            ? since <= changedAt + SameChangeTolerance
            : (since - changedAt).Duration() <= SameChangeTolerance);
}
