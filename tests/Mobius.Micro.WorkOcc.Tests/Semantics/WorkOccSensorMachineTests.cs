using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Profiles;
using Mobius.Micro.WorkOcc.Readings;
using Mobius.Micro.WorkOcc.Semantics;
using Mobius.Micro.WorkOcc.Tests.TestSupport;

namespace Mobius.Micro.WorkOcc.Tests.Semantics;

/// <summary>The rules together, frame by frame, as the decoder applies them.</summary>
public sealed class WorkOccSensorMachineTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly WorkOccSemanticsOptions Options = new();

    [Fact]
    public void The_same_frame_heard_by_two_connectors_is_one_reading()
    {
        var frame = SpecFrames.PeopleCount(10, 5, 5, sequence: 1);
        var first = Receive(new WorkOccSensorState(), frame, T0);
        var second = Receive(first.State, frame, T0.AddSeconds(0.4));

        Assert.Equal(FrameVerdict.Applied, first.Verdict);
        Assert.Equal(FrameVerdict.Duplicate, second.Verdict);
        Assert.Same(first.State, second.State);
        Assert.Empty(second.Readings);
    }

    [Fact]
    public void The_applied_message_delivered_again_changes_nothing_but_gives_its_values_again()
    {
        var frame = SpecFrames.PeopleCount(10, 5, 5, sequence: 1);
        var first = Receive(new WorkOccSensorState(), frame, T0, messageId: "MF_000001/boot/7");
        var again = Receive(first.State, frame, T0, messageId: "MF_000001/boot/7");

        Assert.Equal(FrameVerdict.Redelivered, again.Verdict);
        Assert.Same(first.State, again.State);
        Assert.Equal(first.Readings, again.Readings);
    }

    [Fact]
    public void A_redelivery_after_a_newer_frame_gives_no_values()
    {
        var first = Receive(new WorkOccSensorState(), SpecFrames.PeopleCount(10, 5, 5, sequence: 1), T0, messageId: "m1");
        var newer = Receive(first.State, SpecFrames.PeopleCount(11, 5, 6, sequence: 2), T0.AddSeconds(1), messageId: "m2");
        var again = Receive(newer.State, SpecFrames.PeopleCount(10, 5, 5, sequence: 1), T0, messageId: "m1");

        Assert.Equal(FrameVerdict.Redelivered, again.Verdict);
        Assert.Empty(again.Readings);
    }

    [Fact]
    public void A_copy_outside_the_duplicate_window_is_still_not_applied_twice()
    {
        var frame = SpecFrames.PeopleCount(10, 5, 5, sequence: 1);
        var first = Receive(new WorkOccSensorState(), frame, T0);

        Assert.Equal(FrameVerdict.Stale, Receive(first.State, frame, T0.AddSeconds(5)).Verdict);
    }

    [Fact]
    public void A_reordered_older_frame_does_not_overwrite_the_newer_reading()
    {
        var newer = Receive(new WorkOccSensorState(), SpecFrames.Occupancy(0, 10, 80, sequence: 11), T0.AddSeconds(1));
        var older = Receive(newer.State, SpecFrames.Occupancy(1, 10, 80, sequence: 10), T0.AddSeconds(2));

        Assert.Equal(FrameVerdict.Stale, older.Verdict);
        Assert.Equal(OccupancyState.Vacant, older.State.Occupancy.State);
        Assert.Equal(11, older.State.Newest!.Sequence);
    }

    [Fact]
    public void Sequence_numbers_keep_ordering_across_their_wrap()
    {
        var step = Receive(new WorkOccSensorState(), SpecFrames.Occupancy(0, 0, 80, sequence: 255), T0);
        step = Receive(step.State, SpecFrames.Occupancy(1, 0, 80, sequence: 0), T0.AddSeconds(30));

        Assert.Equal(FrameVerdict.Applied, step.Verdict);
        Assert.True(step.Sequence.IsContiguous);
        Assert.Equal(FrameVerdict.Stale, Receive(step.State, SpecFrames.Occupancy(0, 0, 80, sequence: 255), T0.AddSeconds(31)).Verdict);
    }

    [Fact]
    public void A_sensor_that_restarts_its_sequence_is_heard_again_after_the_reorder_window()
    {
        var step = Receive(new WorkOccSensorState(), SpecFrames.Heartbeat(0, 80, 1, 0, sequence: 90), T0);
        step = Receive(step.State, SpecFrames.Heartbeat(1, 80, 1, 0, sequence: 0), T0.AddMinutes(5));

        Assert.Equal(FrameVerdict.Applied, step.Verdict);
        Assert.Equal(SequenceVerdict.Restarted, step.Sequence.Verdict);
        Assert.Equal(OccupancyState.Occupied, step.State.Occupancy.State);
    }

    [Fact]
    public void People_counter_totals_count_up_across_a_wrap_and_a_reboot()
    {
        var step = Receive(new WorkOccSensorState(), SpecFrames.PeopleCount(65530, 65500, 30, sequence: 1), T0);
        step = Receive(step.State, SpecFrames.PeopleCount(10, 65520, 26, sequence: 2), T0.AddMinutes(1));
        Assert.Equal((65546, 65520), (step.State.People!.TotalIn, step.State.People.TotalOut));

        step = Receive(step.State, SpecFrames.PeopleCount(3, 1, 2, sequence: 0), T0.AddMinutes(10));

        Assert.True(step.CounterRebooted);
        Assert.Equal((65549, 65521), (step.State.People!.TotalIn, step.State.People.TotalOut));
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.PeopleIn, 65549), step.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.PeopleOut, 65521), step.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.PeoplePresent, 2), step.Readings);
    }

    [Fact]
    public void People_present_decides_whether_a_counted_space_is_occupied()
    {
        var step = Receive(new WorkOccSensorState(), SpecFrames.PeopleCount(3, 0, 3, sequence: 1), T0);
        Assert.Equal(OccupancyState.Occupied, step.State.Occupancy.State);

        step = Receive(step.State, SpecFrames.PeopleCount(3, 3, 0, sequence: 2), T0.AddMinutes(1));
        Assert.Equal(OccupancyState.Vacant, step.State.Occupancy.State);
    }

    [Fact]
    public void An_occupancy_frame_is_back_dated_by_since_change()
    {
        var step = Receive(new WorkOccSensorState(), Convert.FromHexString("A701014B1D00072A01012C5532"), T0);

        Assert.Equal(T0.AddSeconds(-300), step.State.Occupancy.Since);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.LastStateChange, "2025-11-25T08:55:00.000Z"), step.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.Occupied, true), step.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.OccupancyState, "occupied"), step.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.OccupiedMinutesToday, 5.0), step.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.Battery, 85), step.Readings);
    }

    [Fact]
    public void Missed_sequence_numbers_leave_the_gap_unknown()
    {
        var step = Receive(new WorkOccSensorState(), SpecFrames.Occupancy(1, 0, 80, sequence: 1), T0);
        step = Receive(step.State, SpecFrames.Health(80, 3000, 0, sequence: 4), T0.AddMinutes(10));

        Assert.Equal(2, step.Sequence.MissedFrames);
        Assert.Equal(OccupancyState.Unknown, step.State.Occupancy.State);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.Occupied, false), step.Readings);
    }

    [Fact]
    public void Sweeping_times_out_a_silent_sensor_and_does_nothing_more_until_it_speaks()
    {
        var step = Receive(new WorkOccSensorState(), SpecFrames.Occupancy(1, 0, 80, sequence: 1), T0);

        Assert.Null(WorkOccSensorMachine.Sweep(step.State, T0.AddMinutes(30), Options));
        var sweep = WorkOccSensorMachine.Sweep(step.State, T0.AddMinutes(31), Options);

        Assert.NotNull(sweep);
        Assert.True(sweep.TimedOut);
        Assert.Equal(OccupancyState.Unknown, sweep.State.Occupancy.State);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.OccupancyState, "unknown"), sweep.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.LastStateChange, "2025-11-25T09:00:00.000Z"), sweep.Readings);
        Assert.Null(WorkOccSensorMachine.Sweep(sweep.State, T0.AddMinutes(45), Options));
    }

    [Fact]
    public void Sweeping_at_midnight_resets_today_without_a_timeout()
    {
        var step = Receive(new WorkOccSensorState(), SpecFrames.Occupancy(1, 600, 80, sequence: 1), T0.AddHours(14).AddMinutes(50));

        var sweep = WorkOccSensorMachine.Sweep(step.State, T0.AddHours(15).AddMinutes(1), Options);

        Assert.NotNull(sweep);
        Assert.False(sweep.TimedOut);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.OccupiedMinutesToday, 0.0), sweep.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.UtilisationToday, 0.0), sweep.Readings);
    }

    [Theory]
    [InlineData(0x01, new[] { "40", "41", "42", "43", "4E", "4F" })]
    [InlineData(0x02, new[] { "40", "41", "42", "43", "4E", "4F", "50" })]
    [InlineData(0x03, new[] { "40", "41", "42", "44", "45", "46", "4E", "4F" })]
    [InlineData(0x04, new[] { "40", "41", "4E", "4F", "47", "48", "49" })]
    [InlineData(0x05, new[] { "40", "41", "4E", "4F", "43", "4A", "4B", "4C", "4D" })]
    public void Each_message_type_gives_its_values_and_the_occupancy_picture(byte type, string[] rids)
    {
        byte[] frame = type switch
        {
            0x01 => SpecFrames.Occupancy(1, 60, 50),
            0x02 => SpecFrames.Heartbeat(1, 50, 1, 2),
            0x03 => SpecFrames.PeopleCount(1, 0, 1),
            0x04 => SpecFrames.Environment(2000, 100, 500),
            _ => SpecFrames.Health(50, 3000, 0),
        };

        var step = Receive(new WorkOccSensorState(), frame, T0);

        Assert.Equal(rids.Order(), step.Readings.Select(reading => reading.Rid).Order());
    }

    [Fact]
    public void Unknown_measurements_are_left_out_and_units_are_engineering_units()
    {
        var environment = Receive(new WorkOccSensorState(), SpecFrames.Environment(2157, 0xFF, 0xFFFF), T0);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.Temperature, 21.57), environment.Readings);
        Assert.DoesNotContain(environment.Readings, reading => reading.Rid is WorkOccResourceIds.Humidity or WorkOccResourceIds.Illuminance);

        var health = Receive(new WorkOccSensorState(), SpecFrames.Health(0xFF, 2950, 0b110), T0);
        Assert.DoesNotContain(health.Readings, reading => reading.Rid == WorkOccResourceIds.Battery);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.BatteryVoltage, 2.95), health.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.Tamper, false), health.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.LowBattery, true), health.Readings);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.SensorFault, true), health.Readings);

        var heartbeat = Receive(new WorkOccSensorState(), SpecFrames.Heartbeat(0, 40, 3, 12), T0);
        Assert.Contains(SensorReading.Of(WorkOccResourceIds.FirmwareVersion, "3.12"), heartbeat.Readings);
    }

    private static SensorStep Receive(WorkOccSensorState state, byte[] bytes, DateTimeOffset receivedAt, string? messageId = null)
    {
        Assert.True(WorkOccFrameParser.TryParse(bytes, out var frame, out var error), error.Message);
        var reception = new FrameReception(Convert.ToHexString(bytes), messageId ?? Guid.NewGuid().ToString("N"), receivedAt);
        return WorkOccSensorMachine.Receive(state, frame, reception, Options);
    }
}
