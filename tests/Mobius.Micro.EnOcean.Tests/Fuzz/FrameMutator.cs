using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Fuzz;

/// <summary>
/// Makes frames for the fuzz tests from a seeded generator: random bytes, and real frames mutated
/// by bit flips, truncation, extension, inserted sync bytes and forged lengths. Half of the
/// mutated frames get their CRCs recomputed, so the mutation reaches the ERP1 and EEP layers
/// instead of stopping at the CRC check.
/// </summary>
internal sealed class FrameMutator(Random random, IReadOnlyList<byte[]> seeds)
{
    public byte[] Next() => random.Next(4) switch
    {
        0 => RandomBytes(),
        1 => RandomPacket(),
        _ => Mutated(seeds[random.Next(seeds.Count)]),
    };

    private byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(0, 48)];
        random.NextBytes(bytes);
        if (bytes.Length > 0 && random.Next(2) == 0)
        {
            bytes[0] = Esp3Packet.SyncByte;
        }

        return bytes;
    }

    /// <summary>A well-framed packet of a random type with random data and optional data.</summary>
    private byte[] RandomPacket()
    {
        var data = new byte[random.Next(0, 24)];
        var optional = new byte[random.Next(0, 12)];
        random.NextBytes(data);
        random.NextBytes(optional);
        return Esp3PacketWriter.Write((Esp3PacketType)random.Next(0, 12), data, optional);
    }

    private byte[] Mutated(byte[] seed)
    {
        var frame = (byte[])seed.Clone();
        for (var mutations = random.Next(1, 4); mutations > 0; mutations--)
        {
            frame = random.Next(6) switch
            {
                0 => FlipBit(frame),
                1 => frame[..random.Next(0, frame.Length + 1)],
                2 => [.. frame, .. RandomTail()],
                3 => InsertSync(frame),
                4 => ForgeLengths(frame),
                _ => RandomizeByte(frame),
            };
        }

        return random.Next(2) == 0 ? WithValidCrcs(frame) : frame;
    }

    private byte[] FlipBit(byte[] frame)
    {
        if (frame.Length > 0)
        {
            frame[random.Next(frame.Length)] ^= (byte)(1 << random.Next(8));
        }

        return frame;
    }

    private byte[] RandomizeByte(byte[] frame)
    {
        if (frame.Length > 0)
        {
            frame[random.Next(frame.Length)] = (byte)random.Next(256);
        }

        return frame;
    }

    private byte[] RandomTail()
    {
        var tail = new byte[random.Next(1, 16)];
        random.NextBytes(tail);
        return tail;
    }

    private byte[] InsertSync(byte[] frame)
    {
        var at = random.Next(frame.Length + 1);
        return [.. frame[..at], Esp3Packet.SyncByte, .. frame[at..]];
    }

    /// <summary>Random data and optional lengths in the header, whatever the bytes that follow.</summary>
    private byte[] ForgeLengths(byte[] frame)
    {
        if (frame.Length >= Esp3Packet.DataOffset)
        {
            frame[1] = (byte)random.Next(0, 2);
            frame[2] = (byte)random.Next(256);
            frame[3] = (byte)random.Next(256);
        }

        return frame;
    }

    /// <summary>Recomputes CRC8H, and CRC8D where the declared lengths fit the bytes.</summary>
    private static byte[] WithValidCrcs(byte[] frame)
    {
        if (frame.Length < Esp3Packet.DataOffset || frame[0] != Esp3Packet.SyncByte)
        {
            return frame;
        }

        frame[5] = Crc8.Compute(frame.AsSpan(1, 4));
        var bodyLength = ((frame[1] << 8) | frame[2]) + frame[3];
        if (frame.Length > Esp3Packet.DataOffset + bodyLength)
        {
            frame[Esp3Packet.DataOffset + bodyLength] = Crc8.Compute(frame.AsSpan(Esp3Packet.DataOffset, bodyLength));
        }

        return frame;
    }
}
