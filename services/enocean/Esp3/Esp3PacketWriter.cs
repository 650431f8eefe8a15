using System.Buffers.Binary;

namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>Frames data for sending (downlinks): sync byte, header, CRC8H, data, optional data, CRC8D.</summary>
public static class Esp3PacketWriter
{
    /// <summary>Bytes a packet with this much data and optional data takes on the wire.</summary>
    public static int GetPacketLength(int dataLength, int optionalLength) =>
        Esp3Packet.FramingLength + dataLength + optionalLength;

    /// <summary>Writes the packet into <paramref name="destination"/> and returns the bytes written.</summary>
    public static int Write(Esp3PacketType packetType, ReadOnlySpan<byte> data, ReadOnlySpan<byte> optionalData, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(data.Length, ushort.MaxValue, nameof(data));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(optionalData.Length, byte.MaxValue, nameof(optionalData));
        var length = GetPacketLength(data.Length, optionalData.Length);
        if (destination.Length < length)
        {
            throw new ArgumentException($"The packet needs {length} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        destination[0] = Esp3Packet.SyncByte;
        BinaryPrimitives.WriteUInt16BigEndian(destination[1..], (ushort)data.Length);
        destination[3] = (byte)optionalData.Length;
        destination[4] = (byte)packetType;
        destination[5] = Crc8.Compute(destination.Slice(1, 4));
        data.CopyTo(destination[Esp3Packet.DataOffset..]);
        optionalData.CopyTo(destination[(Esp3Packet.DataOffset + data.Length)..]);
        var bodyLength = data.Length + optionalData.Length;
        destination[Esp3Packet.DataOffset + bodyLength] = Crc8.Compute(destination.Slice(Esp3Packet.DataOffset, bodyLength));
        return length;
    }

    /// <summary>The packet as a new array.</summary>
    public static byte[] Write(Esp3PacketType packetType, ReadOnlySpan<byte> data, ReadOnlySpan<byte> optionalData)
    {
        var packet = new byte[GetPacketLength(data.Length, optionalData.Length)];
        Write(packetType, data, optionalData, packet);
        return packet;
    }

    /// <summary>
    /// The packet without sync byte and CRCs (header, data, optional data), as the Engine API's
    /// <c>ENOCEAN_RADIO_TX</c> and the gateway's downlink request carry it.
    /// </summary>
    public static byte[] WriteRawData(Esp3PacketType packetType, ReadOnlySpan<byte> data, ReadOnlySpan<byte> optionalData)
    {
        var packet = Write(packetType, data, optionalData);
        return [.. packet.AsSpan(1, 4), .. packet.AsSpan(Esp3Packet.DataOffset, data.Length + optionalData.Length)];
    }
}
