namespace Mobius.Micro.Cli.Simulate.Tests.Support;

/// <summary>CRC8 as workocc-frame.md states it, bit by bit: polynomial 0x07, init 0, no reflection, no final xor.</summary>
public static class ReferenceCrc8
{
    public static byte Compute(ReadOnlySpan<byte> bytes)
    {
        var crc = 0;
        foreach (var value in bytes)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
        }

        return (byte)crc;
    }
}
