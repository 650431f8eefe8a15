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
        if (!Erp1Layout.TryOf(data, out var layout))
        {
            telegram = null;
            error = EnOceanErrorCode.Incomplete;
            return false;
        }

        var optional = optionalData.Span;
        var destination = layout.DestinationIn(data, optional);
        telegram = new Erp1Telegram
        {
            Rorg = (Rorg)data[layout.RorgIndex],
            Payload = radioData[layout.PayloadStart..layout.PayloadEnd],
            SenderId = Convert.ToHexString(data.Slice(layout.SenderStart, Erp1Layout.IdLength)),
            Status = new TelegramStatus(data[^1]),
            IsAddressed = layout.IsAddressed,
            DestinationId = destination is { } id ? id.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) : null,
            SubTelegramNumber = Erp1Layout.SubTelegramNumberIn(optional),
            Dbm = Erp1Layout.DbmIn(optional),
            SecurityLevel = Erp1Layout.SecurityLevelIn(optional),
        };
        error = default;
        return true;
    }
}
