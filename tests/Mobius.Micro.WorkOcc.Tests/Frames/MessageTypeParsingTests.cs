using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Tests.TestSupport;

namespace Mobius.Micro.WorkOcc.Tests.Frames;

/// <summary>Every message type of workocc-frame.md, read from frames built from the specification.</summary>
public sealed class MessageTypeParsingTests
{
    [Fact]
    public void Spec_example_is_an_occupancy_frame_from_4B1D0007()
    {
        var frame = Assert.IsType<OccupancyFrame>(Parse("A701014B1D00072A01012C5532"));

        Assert.Equal("4B1D0007", frame.Uid);
        Assert.Equal(42, frame.Sequence);
        Assert.Equal(WorkOccMessageType.Occupancy, frame.Type);
        Assert.Equal(OccupancyState.Occupied, frame.State);
        Assert.Equal(300, frame.SinceChangeSeconds);
        Assert.Equal(85, frame.Battery);
    }

    [Fact]
    public void Lower_case_hex_is_read_like_upper_case()
    {
        Assert.Equal(Parse("A701014B1D00072A01012C5532"), Parse("a701014b1d00072a01012c5532"));
    }

    [Theory]
    [InlineData(0, OccupancyState.Vacant)]
    [InlineData(1, OccupancyState.Occupied)]
    [InlineData(2, OccupancyState.Unknown)]
    public void Occupancy_state_takes_each_of_its_three_values(byte raw, OccupancyState expected)
    {
        var frame = Assert.IsType<OccupancyFrame>(Parse(SpecFrames.Occupancy(raw, 10, 50)));
        Assert.Equal(expected, frame.State);
    }

    [Fact]
    public void Occupancy_since_change_FFFF_means_more_than_18_hours_and_reads_as_null()
    {
        var frame = Assert.IsType<OccupancyFrame>(Parse(SpecFrames.Occupancy(1, 0xFFFF, 50)));
        Assert.Null(frame.SinceChangeSeconds);
    }

    [Fact]
    public void Occupancy_since_change_FFFE_is_still_a_number_of_seconds()
    {
        var frame = Assert.IsType<OccupancyFrame>(Parse(SpecFrames.Occupancy(1, 0xFFFE, 50)));
        Assert.Equal(65534, frame.SinceChangeSeconds);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(100, 100)]
    [InlineData(255, null)]
    public void Battery_is_a_percentage_or_null_when_unknown(byte raw, int? expected)
    {
        var frame = Assert.IsType<OccupancyFrame>(Parse(SpecFrames.Occupancy(0, 0, raw)));
        Assert.Equal(expected, frame.Battery);
    }

    [Fact]
    public void Heartbeat_carries_state_battery_and_firmware_version()
    {
        var frame = Assert.IsType<HeartbeatFrame>(Parse(SpecFrames.Heartbeat(state: 0, battery: 97, fwMajor: 2, fwMinor: 14, sequence: 7, uid: 0x00000001)));

        Assert.Equal("00000001", frame.Uid);
        Assert.Equal(7, frame.Sequence);
        Assert.Equal(WorkOccMessageType.Heartbeat, frame.Type);
        Assert.Equal(OccupancyState.Vacant, frame.State);
        Assert.Equal(97, frame.Battery);
        Assert.Equal(2, frame.FirmwareMajor);
        Assert.Equal(14, frame.FirmwareMinor);
    }

    [Fact]
    public void Heartbeat_firmware_bytes_use_their_whole_range()
    {
        var frame = Assert.IsType<HeartbeatFrame>(Parse(SpecFrames.Heartbeat(2, 255, 255, 255)));

        Assert.Equal(OccupancyState.Unknown, frame.State);
        Assert.Null(frame.Battery);
        Assert.Equal(255, frame.FirmwareMajor);
        Assert.Equal(255, frame.FirmwareMinor);
    }

    [Fact]
    public void People_count_reads_three_big_endian_words()
    {
        var frame = Assert.IsType<PeopleCountFrame>(Parse(SpecFrames.PeopleCount(0x1234, 0xFFFF, 0x0102, uid: 0xDEADBEEF)));

        Assert.Equal("DEADBEEF", frame.Uid);
        Assert.Equal(WorkOccMessageType.PeopleCount, frame.Type);
        Assert.Equal(0x1234, frame.In);
        Assert.Equal(0xFFFF, frame.Out);
        Assert.Equal(0x0102, frame.Present);
    }

    [Fact]
    public void Environment_scales_temperature_humidity_and_illuminance()
    {
        var frame = Assert.IsType<EnvironmentFrame>(Parse(SpecFrames.Environment(2157, 91, 420)));

        Assert.Equal(WorkOccMessageType.Environment, frame.Type);
        Assert.Equal(21.57, frame.Temperature);
        Assert.Equal(45.5, frame.Humidity);
        Assert.Equal(420, frame.Illuminance);
    }

    [Fact]
    public void Environment_temperature_is_signed()
    {
        var frame = Assert.IsType<EnvironmentFrame>(Parse(SpecFrames.Environment(-1050, 200, 0)));

        Assert.Equal(-10.5, frame.Temperature);
        Assert.Equal(100, frame.Humidity);
        Assert.Equal(0, frame.Illuminance);
    }

    [Fact]
    public void Environment_temperature_covers_the_whole_i16_range()
    {
        Assert.Equal(-327.68, Assert.IsType<EnvironmentFrame>(Parse(SpecFrames.Environment(short.MinValue, 0, 0))).Temperature);
        Assert.Equal(327.67, Assert.IsType<EnvironmentFrame>(Parse(SpecFrames.Environment(short.MaxValue, 0, 0))).Temperature);
    }

    [Fact]
    public void Environment_unknown_humidity_and_illuminance_read_as_null()
    {
        var frame = Assert.IsType<EnvironmentFrame>(Parse(SpecFrames.Environment(0, 0xFF, 0xFFFF)));

        Assert.Null(frame.Humidity);
        Assert.Null(frame.Illuminance);
    }

    [Theory]
    [InlineData(0b000, false, false, false)]
    [InlineData(0b001, true, false, false)]
    [InlineData(0b010, false, true, false)]
    [InlineData(0b100, false, false, true)]
    [InlineData(0b111, true, true, true)]
    public void Health_flags_are_three_booleans(byte flags, bool tamper, bool lowBattery, bool sensorFault)
    {
        var frame = Assert.IsType<HealthFrame>(Parse(SpecFrames.Health(12, 2950, flags)));

        Assert.Equal(WorkOccMessageType.Health, frame.Type);
        Assert.Equal(12, frame.Battery);
        Assert.Equal(2950, frame.BatteryMillivolts);
        Assert.Equal(tamper, frame.Tamper);
        Assert.Equal(lowBattery, frame.LowBattery);
        Assert.Equal(sensorFault, frame.SensorFault);
    }

    [Fact]
    public void Frames_with_the_same_bytes_are_equal_and_differ_by_any_field()
    {
        Assert.Equal(Parse(SpecFrames.Occupancy(1, 5, 50)), Parse(SpecFrames.Occupancy(1, 5, 50)));
        Assert.NotEqual(Parse(SpecFrames.Occupancy(1, 5, 50)), Parse(SpecFrames.Occupancy(1, 6, 50)));
        Assert.NotEqual(Parse(SpecFrames.Occupancy(1, 5, 50, sequence: 1)), Parse(SpecFrames.Occupancy(1, 5, 50, sequence: 2)));
    }

    [Fact]
    public void Message_type_names_are_those_of_the_decode_command_line()
    {
        Assert.Equal(
            ["occupancy", "heartbeat", "peopleCount", "environment", "health"],
            Enum.GetValues<WorkOccMessageType>().Select(type => type.ToName()));
    }

    private static WorkOccFrame Parse(byte[] bytes)
    {
        Assert.True(WorkOccFrameParser.TryParse(bytes, out var frame, out var error), error.Message);
        return frame;
    }

    private static WorkOccFrame Parse(string hex)
    {
        Assert.True(WorkOccFrameParser.TryParseHex(hex, out var frame, out var error), error.Message);
        return frame;
    }
}
