using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOceanDecoder.IntegrationTests;

/// <summary>RADIO_ERP1 packets as a radio module delivers them: payload, sender, status, and optional data with the signal strength.</summary>
internal static class Telegrams
{
    public static byte[] Radio(Rorg rorg, string payloadHex, uint senderId, byte status = 0, int dbm = -65)
    {
        var radio = Erp1TelegramWriter.Write(rorg, Convert.FromHexString(payloadHex), senderId, status);
        byte[] optional = [0x01, 0xFF, 0xFF, 0xFF, 0xFF, (byte)-dbm, 0x00];
        return Esp3PacketWriter.Write(Esp3PacketType.RadioErp1, radio, optional);
    }
}
