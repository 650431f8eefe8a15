using System.Buffers.Binary;

namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>
/// Reads the ESP3 packet at the start of a buffer: <c>55</c>, header (data length u16 BE,
/// optional length u8, packet type u8), CRC8H over the header, data, optional data, CRC8D over
/// data and optional data. Bytes after the packet are left alone (see <see cref="Esp3Packet.Length"/>).
/// </summary>
public static class Esp3PacketParser
{
    /// <summary>
    /// Parses one packet. On false, <paramref name="error"/> says why: <c>NO_SYNC</c>,
    /// <c>INCOMPLETE</c>, <c>CRC8H_MISMATCH</c>, <c>CRC8D_MISMATCH</c> or <c>UNKNOWN_PACKET_TYPE</c>
    /// (checked in that order); on true it is meaningless.
    /// </summary>
    public static bool TryParse(ReadOnlyMemory<byte> bytes, out Esp3Packet packet, out EnOceanErrorCode error)
    {
        packet = default;
        var span = bytes.Span;
        if (span.IsEmpty)
        {
            error = EnOceanErrorCode.Incomplete;
            return false;
        }

        if (span[0] != Esp3Packet.SyncByte)
        {
            error = EnOceanErrorCode.NoSync;
            return false;
        }

        if (span.Length < Esp3Packet.DataOffset)
        {
            error = EnOceanErrorCode.Incomplete;
            return false;
        }

        var header = span.Slice(1, 4);
        if (Crc8.Compute(header) != span[5])
        {
            error = EnOceanErrorCode.Crc8HMismatch;
            return false;
        }

        int dataLength = BinaryPrimitives.ReadUInt16BigEndian(header);
        int optionalLength = header[2];
        var bodyLength = dataLength + optionalLength;
        if (span.Length < Esp3Packet.FramingLength + bodyLength)
        {
            error = EnOceanErrorCode.Incomplete;
            return false;
        }

        if (Crc8.Compute(span.Slice(Esp3Packet.DataOffset, bodyLength)) != span[Esp3Packet.DataOffset + bodyLength])
        {
            error = EnOceanErrorCode.Crc8DMismatch;
            return false;
        }

        var packetType = header[3];
        if (!IsKnown(packetType))
        {
            error = EnOceanErrorCode.UnknownPacketType;
            return false;
        }

        packet = new Esp3Packet(
            (Esp3PacketType)packetType,
            bytes.Slice(Esp3Packet.DataOffset, dataLength),
            bytes.Slice(Esp3Packet.DataOffset + dataLength, optionalLength));
        error = default;
        return true;
    }

    private static bool IsKnown(byte packetType) => packetType is >= (byte)Esp3PacketType.RadioErp1 and <= (byte)Esp3PacketType.RemoteManCommand
        or (byte)Esp3PacketType.RadioMessage or (byte)Esp3PacketType.RadioErp2;
}
