namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>
/// One ESP3 packet whose CRCs were checked. <see cref="Data"/> and <see cref="OptionalData"/>
/// are slices of the bytes it was read from (no copy).
/// </summary>
public readonly struct Esp3Packet
{
    /// <summary>The byte every ESP3 packet starts with.</summary>
    public const byte SyncByte = 0x55;

    /// <summary>Where data starts: after the sync byte, the 4 header bytes and CRC8H.</summary>
    public const int DataOffset = 6;

    /// <summary>Bytes of a packet that are neither data nor optional data: sync, header, CRC8H, CRC8D.</summary>
    public const int FramingLength = DataOffset + 1;

    public Esp3Packet(Esp3PacketType packetType, ReadOnlyMemory<byte> data, ReadOnlyMemory<byte> optionalData)
    {
        PacketType = packetType;
        Data = data;
        OptionalData = optionalData;
    }

    public Esp3PacketType PacketType { get; }

    public ReadOnlyMemory<byte> Data { get; }

    public ReadOnlyMemory<byte> OptionalData { get; }

    /// <summary>Length of the whole packet on the wire, sync byte to CRC8D.</summary>
    public int Length => FramingLength + Data.Length + OptionalData.Length;
}
