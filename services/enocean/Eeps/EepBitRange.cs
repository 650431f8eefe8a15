namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>A run of payload bits, numbered like data fields (offset 0 = most significant bit of the first byte).</summary>
public readonly record struct EepBitRange(int BitOffset, int BitSize)
{
    public int EndBit => BitOffset + BitSize;
}
