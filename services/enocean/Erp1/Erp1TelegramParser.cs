using System.Diagnostics.CodeAnalysis;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>
/// Reads ERP1 telegrams: RADIO_ERP1 data is <c>RORG payload senderId(4) status(1)</c>; its
/// optional data is <c>subTelNum(1) destinationId(4) dBm(1) securityLevel(1)</c>, each field
/// read when present. ADT data is <c>A6 RORG payload destinationId(4) senderId(4) status(1)</c>.
/// </summary>
public static class Erp1TelegramParser
{
    private const int IdLength = 4;
    private const int MinimumLength = 1 + 1 + IdLength + 1;
    private const int MinimumAddressedLength = 1 + MinimumLength + IdLength;

    /// <summary>The telegram in a RADIO_ERP1 packet; false (<c>INCOMPLETE</c>) when its data is too short.</summary>
    /// <exception cref="ArgumentException">The packet is not RADIO_ERP1: check <see cref="Esp3Packet.PacketType"/> first.</exception>
    public static bool TryParse(Esp3Packet packet, [NotNullWhen(true)] out Erp1Telegram? telegram, out EnOceanErrorCode error)
    {
        if (packet.PacketType != Esp3PacketType.RadioErp1)
        {
            throw new ArgumentException($"Packet type {packet.PacketType} does not carry an ERP1 telegram.", nameof(packet));
        }

        return TryParse(packet.Data, packet.OptionalData, out telegram, out error);
    }

    /// <summary>
    /// The telegram in raw ERP1 bytes, with ESP3 optional data when there is some (pass empty
    /// for none); false (<c>INCOMPLETE</c>) when the bytes are too short.
    /// </summary>
    public static bool TryParse(ReadOnlyMemory<byte> radioData, ReadOnlyMemory<byte> optionalData, [NotNullWhen(true)] out Erp1Telegram? telegram, out EnOceanErrorCode error)
    {
        var data = radioData.Span;
        var isAddressed = data.Length > 0 && data[0] == (byte)Rorg.Adt;
        if (data.Length < (isAddressed ? MinimumAddressedLength : MinimumLength))
        {
            telegram = null;
            error = EnOceanErrorCode.Incomplete;
            return false;
        }

        var senderStart = data.Length - 1 - IdLength;
        var rorgIndex = isAddressed ? 1 : 0;
        var payloadEnd = isAddressed ? senderStart - IdLength : senderStart;
        var optional = optionalData.Span;
        telegram = new Erp1Telegram
        {
            Rorg = (Rorg)data[rorgIndex],
            Payload = radioData[(rorgIndex + 1)..payloadEnd],
            SenderId = Convert.ToHexString(data.Slice(senderStart, IdLength)),
            Status = new TelegramStatus(data[^1]),
            IsAddressed = isAddressed,
            DestinationId = isAddressed
                ? Convert.ToHexString(data.Slice(payloadEnd, IdLength))
                : optional.Length >= 1 + IdLength ? Convert.ToHexString(optional.Slice(1, IdLength)) : null,
            SubTelegramNumber = optional.Length >= 1 ? optional[0] : null,
            Dbm = optional.Length >= 2 + IdLength ? -optional[1 + IdLength] : null,
            SecurityLevel = optional.Length >= 3 + IdLength ? optional[2 + IdLength] : null,
        };
        error = default;
        return true;
    }
}
