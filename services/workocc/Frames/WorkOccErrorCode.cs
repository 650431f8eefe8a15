namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>
/// Why bytes are not a WorkOcc frame, checked in this order. <see cref="WorkOccErrorCodes.ToCode"/>
/// gives the wire code of the decode command line (<c>NO_SYNC</c>, <c>CRC_MISMATCH</c>, ...).
/// </summary>
public enum WorkOccErrorCode
{
    /// <summary>Text that is not an even number of hexadecimal digits.</summary>
    BadHex,

    /// <summary>The first byte is not the sync byte <c>0xA7</c>.</summary>
    NoSync,

    /// <summary>The version byte is not <c>0x01</c>.</summary>
    BadVersion,

    /// <summary>The message type is not one of the five the frame specification defines.</summary>
    UnknownType,

    /// <summary>The frame is shorter or longer than its message type's payload length requires.</summary>
    BadLength,

    /// <summary>The CRC8 over bytes 1..7+n does not match the last byte.</summary>
    CrcMismatch,

    /// <summary>A payload value is out of range or a reserved bit is set; <see cref="WorkOccPayloadProblem"/> says which.</summary>
    BadPayload,
}
