namespace Mobius.Micro.EnOcean;

/// <summary>
/// Reads a bit field the way EEP definitions number bits: offset 0 is the most significant
/// bit of the first byte (DB3.7 of a 4BS payload), counting towards the last byte.
/// </summary>
public static class BitField
{
    /// <summary>Largest field this reader returns as one number.</summary>
    public const int MaxBitSize = 63;

    /// <summary>Whether <paramref name="byteCount"/> bytes hold the field at <paramref name="bitOffset"/>.</summary>
    public static bool Fits(int byteCount, int bitOffset, int bitSize) => bitOffset + bitSize <= byteCount * 8;

    /// <summary>The unsigned value of the <paramref name="bitSize"/> bits starting at <paramref name="bitOffset"/>.</summary>
    public static long Read(ReadOnlySpan<byte> bytes, int bitOffset, int bitSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bitOffset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bitSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitSize, MaxBitSize);
        if (!Fits(bytes.Length, bitOffset, bitSize))
        {
            throw new ArgumentOutOfRangeException(nameof(bitOffset), "The field ends beyond the last byte.");
        }

        long value = 0;
        for (var bit = bitOffset; bit < bitOffset + bitSize; bit++)
        {
            var bitValue = (bytes[bit >> 3] >> (7 - (bit & 7))) & 1;
            value = (value << 1) | (uint)bitValue;
        }

        return value;
    }
}
