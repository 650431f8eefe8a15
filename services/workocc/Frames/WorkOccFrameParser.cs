using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>
/// Reads one WorkOcc frame (workocc-frame.md) strictly: the whole input must be exactly one frame.
/// Checks, in this order, each needing the bytes it reads (a frame that ends first is
/// <see cref="WorkOccErrorCode.BadLength"/>): sync, version, message type, length, CRC, payload values.
/// A frame that fails any check is rejected as a whole.
/// </summary>
public static class WorkOccFrameParser
{
    public const byte Sync = 0xA7;
    public const byte Version = 0x01;

    /// <summary>Sync, version, type, UID (4), sequence: the bytes before the payload.</summary>
    public const int HeaderLength = 8;

    /// <summary>Header plus the CRC byte: a frame is this long plus its payload.</summary>
    public const int FramingLength = HeaderLength + 1;

    private const int TypeOffset = 2;
    private const int UidOffset = 3;
    private const int SequenceOffset = 7;

    /// <summary>Parses hexadecimal text (either case, no separators), then the frame; bad text is <see cref="WorkOccErrorCode.BadHex"/>.</summary>
    public static bool TryParseHex(string hex, [NotNullWhen(true)] out WorkOccFrame? frame, out WorkOccFrameError error)
    {
        if (hex.Length % 2 != 0 || !IsHex(hex))
        {
            frame = null;
            error = new WorkOccFrameError(WorkOccErrorCode.BadHex, null, "the text is not an even number of hexadecimal digits");
            return false;
        }

        return TryParse(Convert.FromHexString(hex), out frame, out error);
    }

    public static bool TryParse(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out WorkOccFrame? frame, out WorkOccFrameError error)
    {
        frame = null;
        if (CheckFraming(bytes) is { } framingError)
        {
            error = framingError;
            return false;
        }

        var payload = bytes[HeaderLength..^1];
        var uid = Convert.ToHexString(bytes.Slice(UidOffset, 4));
        var sequence = bytes[SequenceOffset];
        var payloadError = (WorkOccMessageType)bytes[TypeOffset] switch
        {
            WorkOccMessageType.Occupancy => WorkOccPayloadReader.ReadOccupancy(payload, uid, sequence, out frame),
            WorkOccMessageType.Heartbeat => WorkOccPayloadReader.ReadHeartbeat(payload, uid, sequence, out frame),
            WorkOccMessageType.PeopleCount => WorkOccPayloadReader.ReadPeopleCount(payload, uid, sequence, out frame),
            WorkOccMessageType.Environment => WorkOccPayloadReader.ReadEnvironment(payload, uid, sequence, out frame),
            WorkOccMessageType.Health => WorkOccPayloadReader.ReadHealth(payload, uid, sequence, out frame),
            _ => throw new UnreachableException("the framing check accepts only known message types"),
        };
        error = payloadError ?? default;
        return payloadError is null;
    }

    private static WorkOccFrameError? CheckFraming(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 1)
        {
            return Error(WorkOccErrorCode.BadLength, "the frame is empty");
        }

        if (bytes[0] != Sync)
        {
            return Error(WorkOccErrorCode.NoSync, $"byte 0 is 0x{bytes[0]:X2}, not the sync byte 0xA7");
        }

        if (bytes.Length < 2)
        {
            return Error(WorkOccErrorCode.BadLength, "the frame ends after the sync byte");
        }

        if (bytes[1] != Version)
        {
            return Error(WorkOccErrorCode.BadVersion, $"version 0x{bytes[1]:X2} is not 0x01");
        }

        if (bytes.Length <= TypeOffset)
        {
            return Error(WorkOccErrorCode.BadLength, "the frame ends before its message type");
        }

        if (!WorkOccMessageTypes.TryGetPayloadLength(bytes[TypeOffset], out var payloadLength))
        {
            return Error(WorkOccErrorCode.UnknownType, $"message type 0x{bytes[TypeOffset]:X2} is not one of 0x01..0x05");
        }

        var expected = FramingLength + payloadLength;
        if (bytes.Length != expected)
        {
            return Error(WorkOccErrorCode.BadLength,
                $"a {((WorkOccMessageType)bytes[TypeOffset]).ToName()} frame has {expected} bytes, this one {bytes.Length}");
        }

        var crc = Crc8.Compute(bytes[1..^1]);
        return crc == bytes[^1]
            ? null
            : Error(WorkOccErrorCode.CrcMismatch, $"CRC 0x{bytes[^1]:X2} does not match the computed 0x{crc:X2}");
    }

    private static WorkOccFrameError Error(WorkOccErrorCode code, string message) => new(code, null, message);

    private static bool IsHex(string text)
    {
        foreach (var character in text)
        {
            if (!char.IsAsciiHexDigit(character))
            {
                return false;
            }
        }

        return true;
    }
}
