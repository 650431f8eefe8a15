namespace Mobius.Micro.WorkOcc.Tests.TestSupport;

/// <summary>
/// WorkOcc frames built byte by byte from workocc-frame.md, with a bit-by-bit CRC8 of its own,
/// so the tests do not check the parser against the product's code.
/// </summary>
internal static class SpecFrames
{
    public const uint Uid = 0x4B1D0007;

    public static byte[] Occupancy(byte state, ushort sinceChange, byte battery, byte sequence = 42, uint uid = Uid) =>
        Frame(0x01, uid, sequence, [state, .. BigEndian(sinceChange), battery]);

    public static byte[] Heartbeat(byte state, byte battery, byte fwMajor, byte fwMinor, byte sequence = 42, uint uid = Uid) =>
        Frame(0x02, uid, sequence, [state, battery, fwMajor, fwMinor]);

    public static byte[] PeopleCount(ushort peopleIn, ushort peopleOut, ushort present, byte sequence = 42, uint uid = Uid) =>
        Frame(0x03, uid, sequence, [.. BigEndian(peopleIn), .. BigEndian(peopleOut), .. BigEndian(present)]);

    public static byte[] Environment(short temperature, byte humidity, ushort illuminance, byte sequence = 42, uint uid = Uid) =>
        Frame(0x04, uid, sequence, [.. BigEndian((ushort)temperature), humidity, .. BigEndian(illuminance)]);

    public static byte[] Health(byte battery, ushort batteryMv, byte flags, byte sequence = 42, uint uid = Uid) =>
        Frame(0x05, uid, sequence, [battery, .. BigEndian(batteryMv), flags]);

    /// <summary>Sync <c>A7</c>, version <c>01</c>, type, UID, sequence, payload, CRC8 over bytes 1..7+n.</summary>
    public static byte[] Frame(byte type, uint uid, byte sequence, byte[] payload, byte version = 0x01)
    {
        byte[] body = [version, type, (byte)(uid >> 24), (byte)(uid >> 16), (byte)(uid >> 8), (byte)uid, sequence, .. payload];
        return [0xA7, .. body, Crc8(body)];
    }

    /// <summary>Replaces the last byte with the right CRC for the bytes between sync and CRC.</summary>
    public static byte[] WithCrcFixed(byte[] frame)
    {
        var fixedFrame = (byte[])frame.Clone();
        fixedFrame[^1] = Crc8(frame.AsSpan(1, frame.Length - 2));
        return fixedFrame;
    }

    public static string Hex(byte[] frame) => Convert.ToHexString(frame);

    /// <summary>CRC-8, polynomial x^8+x^2+x+1 (0x07), initial value 0, no reflection, no final xor.</summary>
    public static byte Crc8(ReadOnlySpan<byte> bytes)
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

    private static byte[] BigEndian(ushort value) => [(byte)(value >> 8), (byte)value];
}
