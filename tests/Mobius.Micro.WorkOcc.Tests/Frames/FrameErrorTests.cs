using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Tests.TestSupport;

namespace Mobius.Micro.WorkOcc.Tests.Frames;

/// <summary>Every error code, each check's boundary, and the order in which the checks decide.</summary>
public sealed class FrameErrorTests
{
    [Theory]
    [InlineData("A7010")]
    [InlineData("A70G014B1D00072A01012C5532")]
    [InlineData("A7 01 01 4B")]
    [InlineData("0xA701")]
    public void Text_that_is_not_whole_hex_bytes_is_BAD_HEX(string text)
    {
        AssertRejected(text, WorkOccErrorCode.BadHex, "BAD_HEX");
    }

    [Theory]
    [InlineData("55")]
    [InlineData("00014B")]
    [InlineData("5501014B1D00072A01012C5532")]
    public void A_first_byte_other_than_A7_is_NO_SYNC(string hex)
    {
        AssertRejected(hex, WorkOccErrorCode.NoSync, "NO_SYNC");
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x02)]
    [InlineData(0xFF)]
    public void A_version_other_than_01_is_BAD_VERSION(byte version)
    {
        var frame = SpecFrames.Frame(0x01, SpecFrames.Uid, 1, [1, 0, 0, 50], version);
        AssertRejected(SpecFrames.Hex(frame), WorkOccErrorCode.BadVersion, "BAD_VERSION");
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x06)]
    [InlineData(0x81)]
    [InlineData(0xFF)]
    public void A_message_type_outside_01_to_05_is_UNKNOWN_TYPE(byte type)
    {
        var frame = SpecFrames.Frame(type, SpecFrames.Uid, 1, [1, 0, 0, 50]);
        AssertRejected(SpecFrames.Hex(frame), WorkOccErrorCode.UnknownType, "UNKNOWN_TYPE");
    }

    [Theory]
    [InlineData("")]
    [InlineData("A7")]
    [InlineData("A701")]
    [InlineData("A70101")]
    [InlineData("A701014B1D00072A01012C55")]
    [InlineData("A701014B1D00072A01012C553200")]
    public void A_frame_shorter_or_longer_than_its_type_requires_is_BAD_LENGTH(string hex)
    {
        AssertRejected(hex, WorkOccErrorCode.BadLength, "BAD_LENGTH");
    }

    [Fact]
    public void Each_type_has_its_own_payload_length()
    {
        foreach (var (type, length) in new (byte, int)[] { (1, 4), (2, 4), (3, 6), (4, 5), (5, 4) })
        {
            Assert.True(WorkOccFrameParser.TryParse(SpecFrames.Frame(type, 1, 1, new byte[length]), out _, out _));
            AssertRejected(SpecFrames.Hex(SpecFrames.Frame(type, 1, 1, new byte[length - 1])), WorkOccErrorCode.BadLength, "BAD_LENGTH");
            AssertRejected(SpecFrames.Hex(SpecFrames.Frame(type, 1, 1, new byte[length + 1])), WorkOccErrorCode.BadLength, "BAD_LENGTH");
        }
    }

    [Fact]
    public void A_wrong_crc_is_CRC_MISMATCH()
    {
        AssertRejected("A701014B1D00072A01012C5533", WorkOccErrorCode.CrcMismatch, "CRC_MISMATCH");
    }

    [Fact]
    public void Any_single_bit_flipped_after_the_version_is_caught()
    {
        var frame = SpecFrames.Occupancy(1, 300, 85);
        for (var bit = 8 * 3; bit < 8 * frame.Length; bit++)
        {
            var corrupted = (byte[])frame.Clone();
            corrupted[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(WorkOccFrameParser.TryParse(corrupted, out _, out var error));
            Assert.Equal(WorkOccErrorCode.CrcMismatch, error.Code);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(255)]
    public void Occupancy_state_above_2_is_BAD_PAYLOAD(byte state)
    {
        AssertBadPayload(SpecFrames.Occupancy(state, 0, 50), WorkOccPayloadProblem.StateOutOfRange);
        AssertBadPayload(SpecFrames.Heartbeat(state, 50, 1, 0), WorkOccPayloadProblem.StateOutOfRange);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(200)]
    [InlineData(254)]
    public void Battery_in_101_to_254_is_BAD_PAYLOAD_in_every_type_that_carries_it(byte battery)
    {
        AssertBadPayload(SpecFrames.Occupancy(0, 0, battery), WorkOccPayloadProblem.BatteryOutOfRange);
        AssertBadPayload(SpecFrames.Heartbeat(0, battery, 1, 0), WorkOccPayloadProblem.BatteryOutOfRange);
        AssertBadPayload(SpecFrames.Health(battery, 3000, 0), WorkOccPayloadProblem.BatteryOutOfRange);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(254)]
    public void Humidity_in_201_to_254_is_BAD_PAYLOAD(byte humidity)
    {
        AssertBadPayload(SpecFrames.Environment(2000, humidity, 100), WorkOccPayloadProblem.HumidityOutOfRange);
    }

    [Theory]
    [InlineData(0b0000_1000)]
    [InlineData(0b1000_0000)]
    [InlineData(0b1111_1111)]
    public void Health_flags_with_a_reserved_bit_are_BAD_PAYLOAD(byte flags)
    {
        AssertBadPayload(SpecFrames.Health(50, 3000, flags), WorkOccPayloadProblem.ReservedFlagsSet);
    }

    [Fact]
    public void Bad_payload_reasons_name_the_problem()
    {
        Assert.False(WorkOccFrameParser.TryParse(SpecFrames.Health(50, 3000, 0x80), out _, out var error));
        Assert.Equal("bad_payload:reserved_flags_set", error.Reason);
        Assert.False(WorkOccFrameParser.TryParse([0x55], out _, out error));
        Assert.Equal("no_sync", error.Reason);
    }

    [Theory]
    [InlineData("55", "no_sync")]
    [InlineData("A702", "bad_version")]
    [InlineData("A70107", "unknown_type")]
    [InlineData("A70101", "bad_length")]
    [InlineData("A701014B1D00072A01012C5533", "crc_mismatch")]
    [InlineData("A7010100000001000300006558", "bad_payload:state_out_of_range")]
    [InlineData("xyz!", "bad_hex")]
    public void Every_rejection_has_a_counter_reason(string hex, string reason)
    {
        Assert.False(WorkOccFrameParser.TryParseHex(hex, out _, out var error));
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Checks_decide_in_order_sync_version_type_length_crc_payload()
    {
        // Wrong version and wrong CRC: the version decides.
        AssertRejected("A702014B1D00072A01012C5500", WorkOccErrorCode.BadVersion, "BAD_VERSION");
        // Unknown type and wrong length: the type decides (its length is not known).
        AssertRejected("A701094B1D00", WorkOccErrorCode.UnknownType, "UNKNOWN_TYPE");
        // Wrong length and wrong CRC: the length decides.
        AssertRejected("A701014B1D00072A01012C55", WorkOccErrorCode.BadLength, "BAD_LENGTH");
        // Bad payload and wrong CRC: the CRC decides, no value of a corrupted frame is judged.
        var badBattery = SpecFrames.Occupancy(0, 0, 150);
        badBattery[^1] ^= 0x01;
        AssertRejected(SpecFrames.Hex(badBattery), WorkOccErrorCode.CrcMismatch, "CRC_MISMATCH");
    }

    [Fact]
    public void Every_error_code_has_a_distinct_wire_code_and_a_description()
    {
        var codes = Enum.GetValues<WorkOccErrorCode>();
        Assert.Equal(
            ["BAD_HEX", "NO_SYNC", "BAD_VERSION", "UNKNOWN_TYPE", "BAD_LENGTH", "CRC_MISMATCH", "BAD_PAYLOAD"],
            codes.Select(code => code.ToCode()));
        Assert.All(codes, code => Assert.False(string.IsNullOrWhiteSpace(code.Describe())));
        Assert.Equal(4, Enum.GetValues<WorkOccPayloadProblem>().Select(problem => problem.ToReason()).Distinct().Count());
    }

    private static void AssertRejected(string hex, WorkOccErrorCode expected, string wireCode)
    {
        Assert.False(WorkOccFrameParser.TryParseHex(hex, out var frame, out var error));
        Assert.Null(frame);
        Assert.Equal(expected, error.Code);
        Assert.Equal(wireCode, error.Code.ToCode());
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    private static void AssertBadPayload(byte[] frame, WorkOccPayloadProblem problem)
    {
        Assert.False(WorkOccFrameParser.TryParse(frame, out var parsed, out var error));
        Assert.Null(parsed);
        Assert.Equal(WorkOccErrorCode.BadPayload, error.Code);
        Assert.Equal(problem, error.Problem);
    }
}
