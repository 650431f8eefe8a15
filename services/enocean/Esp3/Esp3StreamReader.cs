namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>
/// Finds every valid ESP3 packet in a complete byte stream that may hold junk between packets.
/// Resynchronisation follows ESP3: when the bytes after a 0x55 are not a valid packet (bad
/// CRC8H, bad CRC8D, or too few bytes left), that 0x55 was a false sync and the search resumes
/// at the very next byte, so a false sync inside junk or inside another packet's data never
/// swallows the real packet that follows. A frame whose CRCs are valid but whose packet type is
/// unknown is skipped as a whole.
/// </summary>
public static class Esp3StreamReader
{
    public static IReadOnlyList<Esp3Packet> ReadAll(ReadOnlyMemory<byte> stream)
    {
        var packets = new List<Esp3Packet>();
        var position = 0;
        while (position < stream.Length)
        {
            var syncOffset = stream.Span[position..].IndexOf(Esp3Packet.SyncByte);
            if (syncOffset < 0)
            {
                break;
            }

            var candidate = position + syncOffset;
            if (Esp3PacketParser.TryParse(stream[candidate..], out var packet, out var error))
            {
                packets.Add(packet);
                position = candidate + packet.Length;
            }
            else if (error == EnOceanErrorCode.UnknownPacketType)
            {
                position = candidate + FrameLengthAt(stream.Span[candidate..]);
            }
            else
            {
                position = candidate + 1;
            }
        }

        return packets;
    }

    private static int FrameLengthAt(ReadOnlySpan<byte> frame) =>
        Esp3Packet.FramingLength + ((frame[1] << 8) | frame[2]) + frame[3];
}
