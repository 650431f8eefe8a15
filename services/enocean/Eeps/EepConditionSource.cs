namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>Where the bits a case condition tests live.</summary>
public enum EepConditionSource
{
    /// <summary>The telegram's status byte (offset 0 = bit 7; T21 is offset 2, NU offset 3).</summary>
    Status,

    /// <summary>The payload, numbered like data fields (e.g. the CMD field of D2-01).</summary>
    Data,
}
