using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Erp2;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>
/// The radio telegram in an ESP3 packet a connector sent (RADIO_ERP1 or RADIO_ERP2), and what
/// makes two copies of it the same telegram: its radio data without the optional data, with the
/// ERP1 repeater count left out (a repeated copy is the same telegram).
/// </summary>
public sealed record ReceivedRadioTelegram(IRadioTelegram Telegram, byte[] Identity)
{
    private const byte RepeaterCountBits = 0x0F;

    /// <summary>The telegram, or the reason the packet holds none: an error code or <c>not_radio</c>.</summary>
    public static bool TryRead(Esp3Packet packet, out ReceivedRadioTelegram? received, out string reason)
    {
        received = null;
        reason = "not_radio";
        switch (packet.PacketType)
        {
            case Esp3PacketType.RadioErp1:
                if (!Erp1TelegramParser.TryParse(packet, out var erp1, out var erp1Error))
                {
                    reason = erp1Error.ToCode();
                    return false;
                }

                var identity = packet.Data.ToArray();
                identity[^1] &= unchecked((byte)~RepeaterCountBits);
                received = new ReceivedRadioTelegram(erp1, identity);
                return true;
            case Esp3PacketType.RadioErp2:
                if (!Erp2TelegramParser.TryParse(packet, out var erp2, out var erp2Error))
                {
                    reason = erp2Error.ToCode();
                    return false;
                }

                received = new ReceivedRadioTelegram(erp2, packet.Data.ToArray());
                return true;
            default:
                return false;
        }
    }
}
