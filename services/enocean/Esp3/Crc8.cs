using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>The CRC8 ESP3 uses for its header and data checks: polynomial 0x07, initial value 0, no reflection.</summary>
public static class Crc8
{
    private const byte Polynomial = 0x07;

    private static readonly byte[] Table = BuildTable();

    public static byte Compute(ReadOnlySpan<byte> bytes)
    {
        // Every index is a byte, so the 256-entry table needs no bounds check per byte.
        ref var table = ref MemoryMarshal.GetArrayDataReference(Table);
        byte crc = 0;
        foreach (var value in bytes)
        {
            crc = Unsafe.Add(ref table, crc ^ value);
        }

        return crc;
    }

    private static byte[] BuildTable()
    {
        var table = new byte[256];
        for (var index = 0; index < table.Length; index++)
        {
            var crc = (byte)index;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x80) != 0 ? (byte)((crc << 1) ^ Polynomial) : (byte)(crc << 1);
            }

            table[index] = crc;
        }

        return table;
    }
}
