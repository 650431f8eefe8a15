namespace Mobius.Micro.EnOcean;

/// <summary>
/// The radio telegram's choice byte (RORG). Other values can occur and are kept as they are;
/// these are the ones the library names.
/// </summary>
public enum Rorg : byte
{
    /// <summary>Repeated switch communication (rocker switches, window handles).</summary>
    Rps = 0xF6,

    /// <summary>1-byte communication (contacts).</summary>
    OneBs = 0xD5,

    /// <summary>4-byte communication (most sensors).</summary>
    FourBs = 0xA5,

    /// <summary>Variable length data.</summary>
    Vld = 0xD2,

    /// <summary>Manufacturer specific communication.</summary>
    Msc = 0xD1,

    /// <summary>Universal teach-in, EEP based.</summary>
    Ute = 0xD4,

    /// <summary>Signal telegram.</summary>
    Signal = 0xD0,

    /// <summary>Addressing destination telegram: wraps another RORG plus a destination id.</summary>
    Adt = 0xA6,
}
