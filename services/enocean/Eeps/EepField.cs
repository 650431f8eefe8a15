namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// One data field of an EEP: the specification's shortcut and title, where its bits are
/// (offset 0 = most significant bit of the first payload byte), how to read them, and the
/// object resource its value fills, if any.
/// </summary>
public sealed record EepField
{
    private static readonly RawRange OneMeansTrue = RawRange.Of(1);

    public required string Shortcut { get; init; }

    public required string Title { get; init; }

    public required int BitOffset { get; init; }

    public required int BitSize { get; init; }

    public required EepFieldKind Kind { get; init; }

    /// <summary>Raw to engineering value for <see cref="EepFieldKind.Scaled"/> fields; without one the value is the raw number.</summary>
    public LinearScale? Scale { get; init; }

    /// <summary>Unit of the value as the EEP specification writes it (<c>°C</c>, <c>%</c>).</summary>
    public string? Unit { get; init; }

    public IReadOnlyList<EepEnumItem> EnumItems { get; init; } = [];

    /// <summary>
    /// The less significant part of a field the specification splits in two (A5-13-06 latitude,
    /// D2-01 measurement delta): the raw value is these bits appended to the bits at
    /// <see cref="BitOffset"/>.
    /// </summary>
    public EepBitRange? LowBits { get; init; }

    /// <summary>The raw value is two's complement (D2-50 temperatures: raw range -64..63).</summary>
    public bool IsSigned { get; init; }

    /// <summary>A factor another field selects (A5-12 <c>DIV</c>), applied to the value.</summary>
    public EepFieldFactor? Factor { get; init; }

    /// <summary>A unit another field selects (A5-12 <c>DT</c>), replacing <see cref="Unit"/>.</summary>
    public EepFieldUnits? UnitSelector { get; init; }

    /// <summary>The object resource this field's value fills; null when it fills none.</summary>
    public EepResource? Resource { get; init; }

    /// <summary>For a bool resource: the raw values that mean true (1 unless the field says otherwise).</summary>
    public RawRange TrueWhen { get; init; } = OneMeansTrue;

    /// <summary>Bits of the whole raw value, both parts of a split field included.</summary>
    public int TotalBitSize => BitSize + (LowBits?.BitSize ?? 0);

    /// <summary>The first bit after the field (after its last part).</summary>
    public int EndBit => Math.Max(BitOffset + BitSize, LowBits?.EndBit ?? 0);

    /// <summary>The raw bit field; the payload must hold <see cref="EndBit"/> bits.</summary>
    public long ReadRaw(ReadOnlySpan<byte> payload)
    {
        if (!BitField.Fits(payload.Length, 0, EndBit))
        {
            throw new ArgumentOutOfRangeException(nameof(payload), $"{Shortcut} needs {EndBit} bits.");
        }

        return ReadFittingRaw(payload);
    }

    /// <summary><see cref="ReadRaw"/> for a payload already known to hold the field.</summary>
    internal long ReadFittingRaw(ReadOnlySpan<byte> payload)
    {
        var high = BitField.ReadFitting(payload, BitOffset, BitSize);
        var raw = LowBits is { } low ? (high << low.BitSize) | BitField.ReadFitting(payload, low.BitOffset, low.BitSize) : high;
        return IsSigned ? SignExtended(raw) : raw;
    }

    private long SignExtended(long raw)
    {
        var unusedBits = 64 - TotalBitSize;
        return (raw << unusedBits) >> unusedBits;
    }

    /// <summary>Index of the first enum item matching <paramref name="raw"/>, or -1.</summary>
    public int FindItem(long raw)
    {
        for (var index = 0; index < EnumItems.Count; index++)
        {
            if (EnumItems[index].Matches(raw))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// The value before any selected factor: scaled for scaled fields; for enum and flag fields the
    /// matched item's scaled value when it has a scale, else the raw number.
    /// </summary>
    public double ValueOf(long raw) => ValueOf(raw, FindItem(raw));

    /// <summary><see cref="ValueOf(long)"/> with the matching item already found (-1 for none).</summary>
    public double ValueOf(long raw, int itemIndex)
    {
        if (Kind == EepFieldKind.Scaled)
        {
            return Scale?.Apply(raw) ?? raw;
        }

        return itemIndex >= 0 && EnumItems[itemIndex].Scale is { } itemScale ? itemScale.Apply(raw) : raw;
    }

    /// <summary>The specification's text for <paramref name="raw"/>, or null when it has none.</summary>
    public string? Describe(long raw)
    {
        var index = FindItem(raw);
        return index >= 0 ? EnumItems[index].Description : null;
    }

    /// <summary>The same field, filling <paramref name="resource"/>.</summary>
    public EepField Fills(EepResource resource) => this with { Resource = resource };

    /// <summary>The same field, filling the bool <paramref name="resource"/> that is true for raw values in <paramref name="trueWhen"/>.</summary>
    public EepField Fills(EepResource resource, RawRange trueWhen) => this with { Resource = resource, TrueWhen = trueWhen };

    public static EepField Scaled(string shortcut, string title, int bitOffset, int bitSize, LinearScale scale, string? unit) => new()
    {
        Shortcut = shortcut,
        Title = title,
        BitOffset = bitOffset,
        BitSize = bitSize,
        Kind = EepFieldKind.Scaled,
        Scale = scale,
        Unit = unit,
    };

    /// <summary>A number the specification gives without a scale: the value is the raw number.</summary>
    public static EepField Number(string shortcut, string title, int bitOffset, int bitSize, string? unit = null) => new()
    {
        Shortcut = shortcut,
        Title = title,
        BitOffset = bitOffset,
        BitSize = bitSize,
        Kind = EepFieldKind.Scaled,
        Unit = unit,
    };

    public static EepField Enum(string shortcut, string title, int bitOffset, int bitSize, params IReadOnlyList<EepEnumItem> items) => new()
    {
        Shortcut = shortcut,
        Title = title,
        BitOffset = bitOffset,
        BitSize = bitSize,
        Kind = EepFieldKind.Enum,
        EnumItems = items,
    };

    public static EepField Flag(string shortcut, string title, int bitOffset, string whenZero, string whenOne) => new()
    {
        Shortcut = shortcut,
        Title = title,
        BitOffset = bitOffset,
        BitSize = 1,
        Kind = EepFieldKind.Flag,
        EnumItems = [new EepEnumItem(0, whenZero), new EepEnumItem(1, whenOne)],
    };
}
