using CsCheck;

namespace Mobius.Micro.Fuzz.Tests;

/// <summary>One mutation of a byte string; <see cref="Position"/> is taken modulo the length.</summary>
public sealed record ByteEdit(ByteEditKind Kind, int Position, byte Value)
{
    public byte[] Apply(byte[] bytes)
    {
        var at = bytes.Length == 0 ? 0 : Position % bytes.Length;
        return Kind switch
        {
            ByteEditKind.FlipBit when bytes.Length > 0 => Changed(bytes, at, (byte)(bytes[at] ^ (1 << (Value % 8)))),
            ByteEditKind.SetByte when bytes.Length > 0 => Changed(bytes, at, Value),
            ByteEditKind.Insert => [.. bytes[..at], Value, .. bytes[at..]],
            ByteEditKind.Delete when bytes.Length > 0 => [.. bytes[..at], .. bytes[(at + 1)..]],
            ByteEditKind.Truncate => bytes[..at],
            ByteEditKind.Repeat => [.. bytes, .. bytes[at..]],
            _ => bytes,
        };
    }

    private static byte[] Changed(byte[] bytes, int at, byte value)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] = value;
        return copy;
    }
}

public enum ByteEditKind
{
    FlipBit,
    SetByte,
    Insert,
    Delete,
    Truncate,
    Repeat,
}

/// <summary>Generators of byte strings: random ones, and valid seeds changed by one to four edits.</summary>
public static class ByteEdits
{
    public static readonly Gen<ByteEdit> Edit = Gen.Select(Gen.Enum<ByteEditKind>(), Gen.Int[0, 4096], Gen.Byte, (kind, position, value) => new ByteEdit(kind, position, value));

    public static Gen<byte[]> Random(int maxLength) => Gen.Byte.Array[0, maxLength];

    public static Gen<byte[]> Mutated(IReadOnlyList<byte[]> seeds) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Edit.Array[1, 4], (seed, edits) => edits.Aggregate(seeds[seed], (bytes, edit) => edit.Apply(bytes)));
}
