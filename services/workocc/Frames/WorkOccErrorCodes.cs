namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>Wire codes, counter reasons and short human texts for <see cref="WorkOccErrorCode"/> and <see cref="WorkOccPayloadProblem"/>.</summary>
public static class WorkOccErrorCodes
{
    /// <summary>The stable upper-case code of the decode command line, e.g. <c>CRC_MISMATCH</c>.</summary>
    public static string ToCode(this WorkOccErrorCode error) => error switch
    {
        WorkOccErrorCode.BadHex => "BAD_HEX",
        WorkOccErrorCode.NoSync => "NO_SYNC",
        WorkOccErrorCode.BadVersion => "BAD_VERSION",
        WorkOccErrorCode.UnknownType => "UNKNOWN_TYPE",
        WorkOccErrorCode.BadLength => "BAD_LENGTH",
        WorkOccErrorCode.CrcMismatch => "CRC_MISMATCH",
        WorkOccErrorCode.BadPayload => "BAD_PAYLOAD",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };

    /// <summary>The lower-case reason a payload problem is counted under, e.g. <c>battery_out_of_range</c>.</summary>
    public static string ToReason(this WorkOccPayloadProblem problem) => problem switch
    {
        WorkOccPayloadProblem.StateOutOfRange => "state_out_of_range",
        WorkOccPayloadProblem.BatteryOutOfRange => "battery_out_of_range",
        WorkOccPayloadProblem.HumidityOutOfRange => "humidity_out_of_range",
        WorkOccPayloadProblem.ReservedFlagsSet => "reserved_flags_set",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    /// <summary>One line of human text explaining the error.</summary>
    public static string Describe(this WorkOccErrorCode error) => error switch
    {
        WorkOccErrorCode.BadHex => "the text is not an even number of hexadecimal digits",
        WorkOccErrorCode.NoSync => "the frame does not start with the sync byte 0xA7",
        WorkOccErrorCode.BadVersion => "the frame version is not 0x01",
        WorkOccErrorCode.UnknownType => "the message type is not one of 0x01..0x05",
        WorkOccErrorCode.BadLength => "the frame length does not match its message type",
        WorkOccErrorCode.CrcMismatch => "the frame CRC8 does not match",
        WorkOccErrorCode.BadPayload => "a payload value is out of range or a reserved bit is set",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
