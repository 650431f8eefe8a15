namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>CRC-8 with polynomial 0x07, initial value 0, no reflection, no final xor (CRC-8/SMBUS, as in EnOcean ESP3).</summary>
public static class Crc8
{
    private static readonly byte[] Table = BuildTable();

    public static byte Compute(ReadOnlySpan<byte> bytes)
    {
        byte crc = 0;
        foreach (var value in bytes)
        {
            crc = Table[crc ^ value];
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
                crc = (crc & 0x80) != 0 ? (byte)((crc << 1) ^ 0x07) : (byte)(crc << 1);
            }

            table[index] = crc;
        }

        return table;
    }
}
