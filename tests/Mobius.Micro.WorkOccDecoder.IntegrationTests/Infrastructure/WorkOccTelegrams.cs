namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;

/// <summary>WorkOcc frames as hex, laid out by hand from workocc-frame.md (big-endian, CRC8 poly 0x07 over bytes 1..7+n).</summary>
public static class WorkOccTelegrams
{
    public static string Occupancy(uint uid, byte sequence, byte state, ushort sinceChange, byte battery) =>
        Frame(0x01, uid, sequence, state, (byte)(sinceChange >> 8), (byte)sinceChange, battery);

    public static string Heartbeat(uint uid, byte sequence, byte state, byte battery) =>
        Frame(0x02, uid, sequence, state, battery, 1, 4);

    public static string PeopleCount(uint uid, byte sequence, ushort peopleIn, ushort peopleOut, ushort present) =>
        Frame(0x03, uid, sequence, (byte)(peopleIn >> 8), (byte)peopleIn, (byte)(peopleOut >> 8), (byte)peopleOut, (byte)(present >> 8), (byte)present);

    public static string Environment(uint uid, byte sequence, short centiDegrees, byte halfPercent, ushort lux) =>
        Frame(0x04, uid, sequence, (byte)(centiDegrees >> 8), (byte)centiDegrees, halfPercent, (byte)(lux >> 8), (byte)lux);

    public static string Health(uint uid, byte sequence, byte battery, ushort millivolts, byte flags) =>
        Frame(0x05, uid, sequence, battery, (byte)(millivolts >> 8), (byte)millivolts, flags);

    /// <summary>The frame with its last byte (the CRC) changed.</summary>
    public static string Corrupted(string hex) => hex[..^2] + (Convert.ToByte(hex[^2..], 16) ^ 0x5A).ToString("X2");

    private static string Frame(byte type, uint uid, byte sequence, params byte[] payload)
    {
        var bytes = new List<byte> { 0xA7, 0x01, type, (byte)(uid >> 24), (byte)(uid >> 16), (byte)(uid >> 8), (byte)uid, sequence };
        bytes.AddRange(payload);
        var crc = 0;
        foreach (var value in bytes.Skip(1))
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = ((crc & 0x80) != 0 ? (crc << 1) ^ 0x07 : crc << 1) & 0xFF;
            }
        }

        bytes.Add((byte)crc);
        return Convert.ToHexString(bytes.ToArray());
    }
}
