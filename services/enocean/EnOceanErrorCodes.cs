namespace Mobius.Micro.EnOcean;

/// <summary>Wire codes and short human texts for <see cref="EnOceanErrorCode"/>.</summary>
public static class EnOceanErrorCodes
{
    /// <summary>The stable upper-case code, e.g. <c>CRC8H_MISMATCH</c>.</summary>
    public static string ToCode(this EnOceanErrorCode error) => error switch
    {
        EnOceanErrorCode.NoSync => "NO_SYNC",
        EnOceanErrorCode.Incomplete => "INCOMPLETE",
        EnOceanErrorCode.Crc8HMismatch => "CRC8H_MISMATCH",
        EnOceanErrorCode.Crc8DMismatch => "CRC8D_MISMATCH",
        EnOceanErrorCode.UnknownPacketType => "UNKNOWN_PACKET_TYPE",
        EnOceanErrorCode.BadHex => "BAD_HEX",
        EnOceanErrorCode.UnknownEep => "UNKNOWN_EEP",
        EnOceanErrorCode.PayloadTooShort => "PAYLOAD_TOO_SHORT",
        EnOceanErrorCode.RorgMismatch => "RORG_MISMATCH",
        EnOceanErrorCode.NoMatchingCase => "NO_MATCHING_CASE",
        EnOceanErrorCode.Erp2CrcMismatch => "ERP2_CRC_MISMATCH",
        EnOceanErrorCode.UnsupportedErp2Telegram => "UNSUPPORTED_ERP2_TELEGRAM",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };

    /// <summary>One line of human text explaining the error.</summary>
    public static string Describe(this EnOceanErrorCode error) => error switch
    {
        EnOceanErrorCode.NoSync => "the packet does not start with the ESP3 sync byte 0x55",
        EnOceanErrorCode.Incomplete => "fewer bytes than the packet or telegram declares",
        EnOceanErrorCode.Crc8HMismatch => "the ESP3 header CRC does not match",
        EnOceanErrorCode.Crc8DMismatch => "the ESP3 data CRC does not match",
        EnOceanErrorCode.UnknownPacketType => "the ESP3 packet type is not one the library knows",
        EnOceanErrorCode.BadHex => "the text is not an even number of hexadecimal digits",
        EnOceanErrorCode.UnknownEep => "the EEP is not in the catalog",
        EnOceanErrorCode.PayloadTooShort => "the payload is shorter than the EEP's fields need",
        EnOceanErrorCode.RorgMismatch => "the telegram's RORG is not the RORG of the EEP",
        EnOceanErrorCode.NoMatchingCase => "no case of the EEP matches the telegram",
        EnOceanErrorCode.Erp2CrcMismatch => "the CRC inside the ERP2 telegram does not match",
        EnOceanErrorCode.UnsupportedErp2Telegram => "the ERP2 address control or telegram type is not supported",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
