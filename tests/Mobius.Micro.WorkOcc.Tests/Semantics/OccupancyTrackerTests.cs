using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Semantics;
using Mobius.Micro.WorkOcc.Tests.TestSupport;

namespace Mobius.Micro.WorkOcc.Tests.Semantics;

/// <summary>Back-dated changes, confirmation by heartbeats, missed frames, the timeout, and utilisation across midnight.</summary>
public sealed class OccupancyTrackerTests
{
    private static readonly DateTimeOffset Day = new(2025, 11, 25, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    [Fact]
    public void A_change_is_placed_at_received_minus_since_change()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Since(OccupancyState.Occupied, At(9, 0)), At(9, 10));

        Assert.Equal(OccupancyState.Occupied, track.State);
        Assert.Equal(At(9, 0), track.Since);
        Assert.Equal(At(9, 10), track.LastHeard);
        Assert.Equal([new OccupancySegment(At(9, 0), At(9, 10), OccupancyState.Occupied)], track.Today);
        Assert.Equal(TimeSpan.FromMinutes(10), OccupancyTracker.OccupiedToday(track));
    }

    [Fact]
    public void A_heartbeat_confirms_the_state_up_to_its_arrival()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Since(OccupancyState.Occupied, At(9, 0)), At(9, 10));
        track = Observe(track, OccupancyEvidence.Now(OccupancyState.Occupied), At(9, 20));

        Assert.Equal(At(9, 0), track.Since);
        Assert.Equal(TimeSpan.FromMinutes(20), OccupancyTracker.OccupiedToday(track));
    }

    [Fact]
    public void Any_frame_with_nothing_missed_confirms_the_state()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Since(OccupancyState.Occupied, At(9, 0)), At(9, 10));
        track = Observe(track, OccupancyEvidence.None, At(9, 25));

        Assert.Equal(OccupancyState.Occupied, track.State);
        Assert.Equal(TimeSpan.FromMinutes(25), OccupancyTracker.OccupiedToday(track));
    }

    [Fact]
    public void The_previous_state_holds_until_a_back_dated_change()
    {
        var track = Occupied0900Confirmed0920();
        track = Observe(track, OccupancyEvidence.Since(OccupancyState.Vacant, At(9, 28)), At(9, 30));

        Assert.Equal(OccupancyState.Vacant, track.State);
        Assert.Equal(At(9, 28), track.Since);
        Assert.Equal(TimeSpan.FromMinutes(28), OccupancyTracker.OccupiedToday(track));
        Assert.Equal(new OccupancySegment(At(9, 28), At(9, 30), OccupancyState.Vacant), track.Today[^1]);
    }

    [Fact]
    public void A_change_back_dated_before_the_last_frame_overrides_what_that_frame_said()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Now(OccupancyState.Vacant), At(9, 5));
        track = Observe(track, OccupancyEvidence.Since(OccupancyState.Occupied, At(9, 3)), At(9, 6));

        Assert.Equal(OccupancyState.Occupied, track.State);
        Assert.Equal(At(9, 3), track.Since);
        Assert.Equal([new OccupancySegment(At(9, 3), At(9, 6), OccupancyState.Occupied)], track.Today);
    }

    [Fact]
    public void After_missed_frames_the_time_before_the_change_is_unknown()
    {
        var track = Occupied0900Confirmed0920();
        track = Observe(track, OccupancyEvidence.Since(OccupancyState.Vacant, At(9, 28)), At(9, 30), contiguous: false);

        Assert.Equal(TimeSpan.FromMinutes(20), OccupancyTracker.OccupiedToday(track));
        Assert.Equal(
            [
                new OccupancySegment(At(9, 0), At(9, 20), OccupancyState.Occupied),
                new OccupancySegment(At(9, 20), At(9, 28), OccupancyState.Unknown),
                new OccupancySegment(At(9, 28), At(9, 30), OccupancyState.Vacant),
            ],
            track.Today);
    }

    [Fact]
    public void After_missed_frames_a_frame_without_a_state_makes_the_state_unknown_since_the_last_frame()
    {
        var track = Occupied0900Confirmed0920();
        track = Observe(track, OccupancyEvidence.None, At(9, 30), contiguous: false);

        Assert.Equal(OccupancyState.Unknown, track.State);
        Assert.Equal(At(9, 20), track.Since);
        Assert.Equal(TimeSpan.FromMinutes(20), OccupancyTracker.OccupiedToday(track));
    }

    [Fact]
    public void After_missed_frames_a_heartbeat_of_the_same_state_keeps_the_change_time_but_not_the_gap()
    {
        var track = Occupied0900Confirmed0920();
        track = Observe(track, OccupancyEvidence.Now(OccupancyState.Occupied), At(9, 30), contiguous: false);

        Assert.Equal(OccupancyState.Occupied, track.State);
        Assert.Equal(At(9, 0), track.Since);
        Assert.Equal(TimeSpan.FromMinutes(20), OccupancyTracker.OccupiedToday(track));
    }

    [Fact]
    public void A_heartbeat_with_another_state_than_carried_leaves_the_gap_unknown_and_changes_now()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Now(OccupancyState.Vacant), At(9, 0));
        track = Observe(track, OccupancyEvidence.Now(OccupancyState.Occupied), At(9, 10));

        Assert.Equal(OccupancyState.Occupied, track.State);
        Assert.Equal(At(9, 10), track.Since);
        Assert.Equal([new OccupancySegment(At(9, 0), At(9, 10), OccupancyState.Unknown)], track.Today);
    }

    [Fact]
    public void A_change_reported_again_with_a_few_seconds_of_jitter_keeps_its_first_time()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Since(OccupancyState.Occupied, At(9, 0)), At(9, 10));
        track = Observe(track, OccupancyEvidence.Since(OccupancyState.Occupied, At(9, 0).AddSeconds(-2)), At(9, 30));

        Assert.Equal(At(9, 0), track.Since);
    }

    [Fact]
    public void The_same_state_starting_after_the_last_frame_means_a_missed_pair_of_changes()
    {
        var track = Occupied0900Confirmed0920();
        track = Observe(track, OccupancyEvidence.Since(OccupancyState.Occupied, At(9, 25)), At(9, 30));

        Assert.Equal(At(9, 25), track.Since);
        Assert.Equal(new OccupancySegment(At(9, 20), At(9, 25), OccupancyState.Unknown), track.Today[1]);
        Assert.Equal(TimeSpan.FromMinutes(25), OccupancyTracker.OccupiedToday(track));
    }

    [Fact]
    public void More_than_18_hours_fills_the_whole_day_so_far()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.AtLeastSince(OccupancyState.Occupied, At(9, 0).AddSeconds(-65535)), At(9, 0));

        Assert.Equal(TimeSpan.FromHours(9), OccupancyTracker.OccupiedToday(track));
        Assert.Equal(100, OccupancyTracker.UtilisationToday(track), precision: 9);
    }

    [Fact]
    public void At_least_since_keeps_an_earlier_known_change()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Since(OccupancyState.Vacant, At(0, 10).AddDays(-1)), At(0, 20).AddDays(-1));
        track = Observe(track, OccupancyEvidence.AtLeastSince(OccupancyState.Vacant, At(0, 30)), At(18, 40), contiguous: true, timeout: TimeSpan.FromDays(2));

        Assert.Equal(At(0, 10).AddDays(-1), track.Since);
    }

    [Fact]
    public void No_frame_for_longer_than_the_timeout_makes_the_state_unknown_as_of_the_last_frame()
    {
        var track = Occupied0900Confirmed0920();

        Assert.False(OccupancyTracker.TryExpire(track, At(9, 50), Timeout, TimeZoneInfo.Utc, out _));
        Assert.True(OccupancyTracker.TryExpire(track, At(9, 50).AddTicks(1), Timeout, TimeZoneInfo.Utc, out var expired));

        Assert.Equal(OccupancyState.Unknown, expired.State);
        Assert.Equal(At(9, 20), expired.Since);
        Assert.Equal(TimeSpan.FromMinutes(20), OccupancyTracker.OccupiedToday(expired));
        Assert.False(OccupancyTracker.TryExpire(expired, At(10, 30), Timeout, TimeZoneInfo.Utc, out _));
    }

    [Fact]
    public void A_frame_after_the_timeout_does_not_carry_the_old_state_over_the_gap()
    {
        var track = Occupied0900Confirmed0920();
        Assert.True(OccupancyTracker.TryExpire(track, At(10, 0), Timeout, TimeZoneInfo.Utc, out track));

        track = Observe(track, OccupancyEvidence.Now(OccupancyState.Occupied), At(10, 30));

        Assert.Equal(OccupancyState.Occupied, track.State);
        Assert.Equal(At(10, 30), track.Since);
        Assert.Equal(new OccupancySegment(At(9, 20), At(10, 30), OccupancyState.Unknown), track.Today[^1]);
        Assert.Equal(TimeSpan.FromMinutes(20), OccupancyTracker.OccupiedToday(track));
    }

    [Fact]
    public void A_gap_longer_than_the_timeout_is_unknown_even_when_nothing_was_missed()
    {
        var track = Occupied0900Confirmed0920();
        track = Observe(track, OccupancyEvidence.None, At(9, 51));

        Assert.Equal(OccupancyState.Unknown, track.State);
        Assert.Equal(TimeSpan.FromMinutes(20), OccupancyTracker.OccupiedToday(track));
    }

    [Fact]
    public void Utilisation_is_occupied_time_over_the_day_so_far()
    {
        var track = Occupied0900Confirmed0920();

        Assert.Equal(100.0 * 20 / (9 * 60 + 20), OccupancyTracker.UtilisationToday(track), precision: 9);
        Assert.Equal(0, OccupancyTracker.UtilisationToday(new OccupancyTrack()));
    }

    [Fact]
    public void Occupancy_across_midnight_counts_for_each_day_separately()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Since(OccupancyState.Occupied, At(23, 50).AddDays(-1)), At(23, 55).AddDays(-1));
        Assert.Equal(TimeSpan.FromMinutes(5), OccupancyTracker.OccupiedToday(track));

        track = Observe(track, OccupancyEvidence.Now(OccupancyState.Occupied), At(0, 10));

        Assert.Equal(Day, track.DayStart);
        Assert.Equal([new OccupancySegment(Day, At(0, 10), OccupancyState.Occupied)], track.Today);
        Assert.Equal(TimeSpan.FromMinutes(10), OccupancyTracker.OccupiedToday(track));
        Assert.Equal(100, OccupancyTracker.UtilisationToday(track), precision: 9);
        Assert.Equal(At(23, 50).AddDays(-1), track.Since);
    }

    [Fact]
    public void Midnight_is_local_to_the_configured_time_zone()
    {
        // Local midnight in UTC+01:00 is 23:00 UTC.
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Since(OccupancyState.Occupied, At(22, 40)), At(22, 50), zone: TestZones.PlusOne);
        track = Observe(track, OccupancyEvidence.Now(OccupancyState.Occupied), At(23, 20), zone: TestZones.PlusOne);

        Assert.Equal(At(23, 0), track.DayStart);
        Assert.Equal(TimeSpan.FromMinutes(20), OccupancyTracker.OccupiedToday(track));
        Assert.Equal(100, OccupancyTracker.UtilisationToday(track), precision: 9);
    }

    [Fact]
    public void A_new_day_without_frames_starts_empty_and_keeps_the_state()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Since(OccupancyState.Occupied, At(23, 40).AddDays(-1)), At(23, 50).AddDays(-1));

        Assert.True(OccupancyTracker.TryExpire(track, At(0, 1), Timeout, TimeZoneInfo.Utc, out var nextDay));

        Assert.Equal(OccupancyState.Occupied, nextDay.State);
        Assert.Equal(Day, nextDay.DayStart);
        Assert.Empty(nextDay.Today);
        Assert.Equal(TimeSpan.Zero, OccupancyTracker.OccupiedToday(nextDay));
        Assert.Equal(0, OccupancyTracker.UtilisationToday(nextDay));
        Assert.False(OccupancyTracker.TryExpire(nextDay, At(0, 2), Timeout, TimeZoneInfo.Utc, out _));
    }

    [Fact]
    public void Utilisation_on_a_25_hour_day_uses_the_real_elapsed_time()
    {
        // 2025-10-26 in Central Europe starts at 22:00 UTC the day before; at 12:00 UTC 14 hours have passed.
        var zone = TestZones.CentralEurope;
        var start = new DateTimeOffset(2025, 10, 25, 22, 0, 0, TimeSpan.Zero);
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Since(OccupancyState.Occupied, start.AddHours(7)), start.AddHours(14), zone: zone, timeout: TimeSpan.FromDays(1));

        Assert.Equal(start, track.DayStart);
        Assert.Equal(50, OccupancyTracker.UtilisationToday(track), precision: 9);
    }

    [Fact]
    public void A_frame_received_before_the_last_one_does_not_move_time_back()
    {
        var track = Occupied0900Confirmed0920();
        track = Observe(track, OccupancyEvidence.None, At(9, 19));

        Assert.Equal(At(9, 20), track.LastHeard);
        Assert.Equal(TimeSpan.FromMinutes(20), OccupancyTracker.OccupiedToday(track));
    }

    private static OccupancyTrack Occupied0900Confirmed0920()
    {
        var track = Observe(new OccupancyTrack(), OccupancyEvidence.Since(OccupancyState.Occupied, At(9, 0)), At(9, 10));
        return Observe(track, OccupancyEvidence.Now(OccupancyState.Occupied), At(9, 20));
    }

    private static OccupancyTrack Observe(
        OccupancyTrack track, OccupancyEvidence evidence, DateTimeOffset receivedAt, bool contiguous = true, TimeSpan? timeout = null, TimeZoneInfo? zone = null) =>
        OccupancyTracker.Observe(track, evidence, receivedAt, contiguous, timeout ?? Timeout, zone ?? TimeZoneInfo.Utc);

    private static DateTimeOffset At(int hour, int minute) => Day.AddHours(hour).AddMinutes(minute);
}
