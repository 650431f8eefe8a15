namespace Mobius.Micro.EnOcean;

/// <summary>
/// Reads and writes bit fields the way EEP definitions number bits: offset 0 is the most
/// significant bit of the first byte (DB3.7 of a 4BS payload), counting towards the last byte.
/// </summary>
public static class BitField
{
    /// <summary>Largest field this reader returns as one number.</summary>
    public const int MaxBitSize = 63;

    /// <summary>Fields up to this size are read from at most 8 bytes in one pass.</summary>
    private const int SinglePassBitSize = 57;

    /// <summary>Whether <paramref name="byteCount"/> bytes hold the field at <paramref name="bitOffset"/>.</summary>
    public static bool Fits(int byteCount, int bitOffset, int bitSize) => bitOffset + bitSize <= byteCount * 8;

    /// <summary>The unsigned value of the <paramref name="bitSize"/> bits starting at <paramref name="bitOffset"/>.</summary>
    public static long Read(ReadOnlySpan<byte> bytes, int bitOffset, int bitSize)
    {
        Check(bytes.Length, bitOffset, bitSize);
        if (bitSize > SinglePassBitSize)
        {
            var highSize = bitSize - 32;
            return (ReadUpTo57(bytes, bitOffset, highSize) << 32) | ReadUpTo57(bytes, bitOffset + highSize, 32);
        }

        return ReadUpTo57(bytes, bitOffset, bitSize);
    }

    /// <summary>
    /// <see cref="Read"/> for callers that already know the field fits (the decoder checks a case's
    /// length once per telegram, not once per field).
    /// </summary>
    internal static long ReadFitting(ReadOnlySpan<byte> bytes, int bitOffset, int bitSize) =>
        bitSize > SinglePassBitSize
            ? (ReadUpTo57(bytes, bitOffset, bitSize - 32) << 32) | ReadUpTo57(bytes, bitOffset + bitSize - 32, 32)
            : ReadUpTo57(bytes, bitOffset, bitSize);

    /// <summary>Writes the low <paramref name="bitSize"/> bits of <paramref name="value"/> at <paramref name="bitOffset"/>, leaving other bits alone.</summary>
    public static void Write(Span<byte> bytes, int bitOffset, int bitSize, long value)
    {
        Check(bytes.Length, bitOffset, bitSize);
        for (var bit = 0; bit < bitSize; bit++)
        {
            var position = bitOffset + bit;
            var mask = (byte)(0x80 >> (position & 7));
            var set = ((value >> (bitSize - 1 - bit)) & 1) != 0;
            bytes[position >> 3] = set ? (byte)(bytes[position >> 3] | mask) : (byte)(bytes[position >> 3] & ~mask);
        }
    }

    private static long ReadUpTo57(ReadOnlySpan<byte> bytes, int bitOffset, int bitSize)
    {
        var first = bitOffset >> 3;
        var last = (bitOffset + bitSize - 1) >> 3;
        ulong accumulated = 0;
        for (var index = first; index <= last; index++)
        {
            accumulated = (accumulated << 8) | bytes[index];
        }

        var trailingBits = ((last + 1) * 8) - (bitOffset + bitSize);
        return (long)((accumulated >> trailingBits) & ((1UL << bitSize) - 1));
    }

    private static void Check(int byteCount, int bitOffset, int bitSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bitOffset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bitSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitSize, MaxBitSize);
        if (!Fits(byteCount, bitOffset, bitSize))
        {
            throw new ArgumentOutOfRangeException(nameof(bitOffset), "The field ends beyond the last byte.");
        }
    }
}
