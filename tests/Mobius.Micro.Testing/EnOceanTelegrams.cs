namespace Mobius.Micro.Testing;

/// <summary>ESP3 RADIO_ERP1 packets built by hand from the ESP3 and EEP specifications.</summary>
public static class EnOceanTelegrams
{
    /// <summary>
    /// An A5-04-01 data telegram: DB2 humidity (0..250 → 0..100 %), DB1 temperature (0..250 → 0..40 °C),
    /// DB0 = 0x0A (data telegram, temperature sensor available), optional data with dBm -65.
    /// </summary>
    public static byte[] A5_04_01(uint senderId, byte humidityRaw, byte temperatureRaw)
    {
        byte[] data = [0xA5, 0x00, humidityRaw, temperatureRaw, 0x0A, .. SenderBytes(senderId), 0x00];
        byte[] optional = [0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x41, 0x00];
        return Esp3(packetType: 0x01, data, optional);
    }

    private static byte[] SenderBytes(uint senderId) =>
        [(byte)(senderId >> 24), (byte)(senderId >> 16), (byte)(senderId >> 8), (byte)senderId];

    private static byte[] Esp3(byte packetType, byte[] data, byte[] optional)
    {
        byte[] header = [(byte)(data.Length >> 8), (byte)data.Length, (byte)optional.Length, packetType];
        return [0x55, .. header, Crc8([.. header]), .. data, .. optional, Crc8([.. data, .. optional])];
    }

    /// <summary>CRC8 of ESP3: polynomial 0x07, initial value 0.</summary>
    private static byte Crc8(byte[] bytes)
    {
        byte crc = 0;
        foreach (var value in bytes)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (byte)((crc & 0x80) != 0 ? (crc << 1) ^ 0x07 : crc << 1);
            }
        }

        return crc;
    }
}
