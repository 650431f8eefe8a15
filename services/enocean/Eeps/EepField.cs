namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// One data field of an EEP: the specification's shortcut and title, where its bits are
/// (offset 0 = most significant bit of the first payload byte), how to read them, and the
/// object resource its value fills, if any.
/// </summary>
public sealed record EepField
{
    public required string Shortcut { get; init; }

    public required string Title { get; init; }

    public required int BitOffset { get; init; }

    public required int BitSize { get; init; }

    public required EepFieldKind Kind { get; init; }

    /// <summary>Raw to engineering value; set for <see cref="EepFieldKind.Scaled"/> fields.</summary>
    public LinearScale? Scale { get; init; }

    /// <summary>Unit of the scaled value as the EEP specification writes it (<c>°C</c>, <c>%</c>).</summary>
    public string? Unit { get; init; }

    public IReadOnlyList<EepEnumItem> EnumItems { get; init; } = [];

    /// <summary>The object resource this field's value fills; null when it fills none.</summary>
    public EepResource? Resource { get; init; }

    /// <summary>The first bit after the field.</summary>
    public int EndBit => BitOffset + BitSize;

    /// <summary>The scaled value for scaled fields, the raw value for enums and flags.</summary>
    public double ValueOf(long raw) => Scale?.Apply(raw) ?? raw;

    /// <summary>The specification's text for <paramref name="raw"/>, or null when it has none.</summary>
    public string? Describe(long raw)
    {
        for (var index = 0; index < EnumItems.Count; index++)
        {
            if (EnumItems[index].Raw == raw)
            {
                return EnumItems[index].Description;
            }
        }

        return null;
    }

    /// <summary>The same field, filling <paramref name="resource"/>.</summary>
    public EepField Fills(EepResource resource) => this with { Resource = resource };

    public static EepField Scaled(string shortcut, string title, int bitOffset, int bitSize, LinearScale scale, string unit) => new()
    {
        Shortcut = shortcut,
        Title = title,
        BitOffset = bitOffset,
        BitSize = bitSize,
        Kind = EepFieldKind.Scaled,
        Scale = scale,
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
