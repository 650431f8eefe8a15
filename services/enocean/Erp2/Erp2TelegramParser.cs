using System.Diagnostics.CodeAnalysis;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Erp2;

/// <summary>
/// Reads the ERP2 telegram in a RADIO_ERP2 packet: header (address control bits 7..5, extended
/// header flag bit 4, telegram type bits 3..0), optional extended header (repeater count bits
/// 7..4, optional data length bits 3..0), originator id, destination id, payload, the
/// telegram's optional data, and a CRC8 over everything before it. The packet's optional data
/// is <c>subTelNum(1) dBm(1)</c>.
/// </summary>
public static class Erp2TelegramParser
{
    private const int DestinationLength = 4;

    /// <summary>
    /// Parses the telegram; on false <paramref name="error"/> is <c>INCOMPLETE</c>,
    /// <c>ERP2_CRC_MISMATCH</c> or <c>UNSUPPORTED_ERP2_TELEGRAM</c> (extended telegram types,
    /// reserved address controls, telegram types without an ERP1 RORG).
    /// </summary>
    /// <exception cref="ArgumentException">The packet is not RADIO_ERP2: check <see cref="Esp3Packet.PacketType"/> first.</exception>
    public static bool TryParse(Esp3Packet packet, [NotNullWhen(true)] out Erp2Telegram? telegram, out EnOceanErrorCode error)
    {
        if (packet.PacketType != Esp3PacketType.RadioErp2)
        {
            throw new ArgumentException($"Packet type {packet.PacketType} does not carry an ERP2 telegram.", nameof(packet));
        }

        telegram = null;
        var data = packet.Data.Span;
        if (data.Length < 2)
        {
            error = EnOceanErrorCode.Incomplete;
            return false;
        }

        if (Crc8.Compute(data[..^1]) != data[^1])
        {
            error = EnOceanErrorCode.Erp2CrcMismatch;
            return false;
        }

        var header = data[0];
        var telegramType = header & 0x0F;
        if (!TryGetRorg(telegramType, out var rorg) || !TryGetIdLengths(header >> 5, out var originatorLength, out var hasDestination))
        {
            error = EnOceanErrorCode.UnsupportedErp2Telegram;
            return false;
        }

        var position = 1;
        var repeaterCount = 0;
        var optionalLength = 0;
        if ((header & 0x10) != 0)
        {
            repeaterCount = data[position] >> 4;
            optionalLength = data[position] & 0x0F;
            position++;
        }

        var payloadStart = position + originatorLength + (hasDestination ? DestinationLength : 0);
        var payloadEnd = data.Length - 1 - optionalLength;
        if (payloadEnd <= payloadStart)
        {
            error = EnOceanErrorCode.Incomplete;
            return false;
        }

        var optional = packet.OptionalData.Span;
        telegram = new Erp2Telegram
        {
            TelegramType = telegramType,
            Rorg = rorg,
            Payload = packet.Data[payloadStart..payloadEnd],
            SenderId = Convert.ToHexString(data.Slice(position, originatorLength)),
            DestinationId = hasDestination ? Convert.ToHexString(data.Slice(position + originatorLength, DestinationLength)) : null,
            Status = new TelegramStatus((byte)repeaterCount),
            SubTelegramNumber = optional.Length >= 1 ? optional[0] : null,
            Dbm = optional.Length >= 2 ? -optional[1] : null,
        };
        error = default;
        return true;
    }

    private static bool TryGetRorg(int telegramType, out Rorg rorg)
    {
        rorg = telegramType switch
        {
            0 => Rorg.Rps,
            1 => Rorg.OneBs,
            2 => Rorg.FourBs,
            4 => Rorg.Vld,
            5 => Rorg.Ute,
            6 => Rorg.Msc,
            _ => default,
        };
        return rorg != default;
    }

    private static bool TryGetIdLengths(int addressControl, out int originatorLength, out bool hasDestination)
    {
        (originatorLength, hasDestination) = addressControl switch
        {
            0 => (3, false),
            1 => (4, false),
            2 => (4, true),
            3 => (6, false),
            _ => (0, false),
        };
        return originatorLength != 0;
    }
}
