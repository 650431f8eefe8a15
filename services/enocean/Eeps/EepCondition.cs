namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// A bit range that must hold a value between <see cref="Min"/> and <see cref="Max"/> for an
/// <see cref="EepCase"/> to apply: the status bits T21/NU of F6-02, the CMD field of D2-01, the
/// channel range of a D2-30 status response.
/// </summary>
public sealed record EepCondition(EepConditionSource Source, int BitOffset, int BitSize, long Min, long Max)
{
    public static EepCondition Status(int bitOffset, int bitSize, long value) => new(EepConditionSource.Status, bitOffset, bitSize, value, value);

    public static EepCondition Data(int bitOffset, int bitSize, long value) => new(EepConditionSource.Data, bitOffset, bitSize, value, value);

    public static EepCondition DataRange(int bitOffset, int bitSize, long min, long max) => new(EepConditionSource.Data, bitOffset, bitSize, min, max);

    /// <summary>The first bit after the tested range.</summary>
    public int EndBit => BitOffset + BitSize;

    public bool Accepts(long raw) => raw >= Min && raw <= Max;
}
