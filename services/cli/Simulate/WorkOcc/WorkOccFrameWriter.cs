using System.Buffers.Binary;
using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.Cli.Simulate.WorkOcc;

/// <summary>
/// Frames a WorkOcc message (workocc-frame.md) the way a sensor sends it: sync <c>A7</c>, version
/// <c>01</c>, type, UID (4 bytes big-endian), sequence, payload, and the CRC8 over everything after
/// the sync byte. The WorkOcc library reads frames; writing them is only the simulator's business.
/// </summary>
public static class WorkOccFrameWriter
{
    public static byte[] Write(WorkOccMessageType type, uint uid, byte sequence, ReadOnlySpan<byte> payload)
    {
        var frame = new byte[WorkOccFrameParser.FramingLength + payload.Length];
        frame[0] = WorkOccFrameParser.Sync;
        frame[1] = WorkOccFrameParser.Version;
        frame[2] = (byte)type;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(3, 4), uid);
        frame[7] = sequence;
        payload.CopyTo(frame.AsSpan(WorkOccFrameParser.HeaderLength));
        frame[^1] = Crc8.Compute(frame.AsSpan(1, frame.Length - 2));
        return frame;
    }
}
