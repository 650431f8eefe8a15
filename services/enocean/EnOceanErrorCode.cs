namespace Mobius.Micro.EnOcean;

/// <summary>
/// Why bytes could not be read as EnOcean data. <see cref="EnOceanErrorCodes.ToCode"/> gives
/// the stable wire code (<c>NO_SYNC</c>, <c>CRC8H_MISMATCH</c>, ...) used in logs, counters and
/// the decode command line.
/// </summary>
public enum EnOceanErrorCode
{
    /// <summary>The bytes do not start with the ESP3 sync byte 0x55.</summary>
    NoSync,

    /// <summary>Fewer bytes than the header or the declared lengths require.</summary>
    Incomplete,

    /// <summary>The ESP3 header CRC (CRC8H) does not match the header.</summary>
    Crc8HMismatch,

    /// <summary>The ESP3 data CRC (CRC8D) does not match data plus optional data.</summary>
    Crc8DMismatch,

    /// <summary>A valid ESP3 frame of a packet type the library does not know.</summary>
    UnknownPacketType,

    /// <summary>Text that is not an even number of hexadecimal digits.</summary>
    BadHex,

    /// <summary>No EEP definition in the catalog for the requested EEP.</summary>
    UnknownEep,

    /// <summary>The payload is shorter than the EEP's fields need.</summary>
    PayloadTooShort,

    /// <summary>The telegram's RORG is not the RORG of the EEP it was decoded with.</summary>
    RorgMismatch,

    /// <summary>None of the EEP's cases matches the telegram's status and data bits.</summary>
    NoMatchingCase,

    /// <summary>The CRC inside a RADIO_ERP2 telegram does not match.</summary>
    Erp2CrcMismatch,

    /// <summary>A RADIO_ERP2 telegram with an address control or telegram type the library does not read.</summary>
    UnsupportedErp2Telegram,
}
