namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// One value, range or bit pattern of an enum or flag field and the EEP specification's text for
/// it. A range may carry its own scale and unit (D2-05 position: 0..100 → 0..100 %, 127 = "do not
/// change"); a pattern matches when the raw value's bits under <see cref="Mask"/> equal
/// <see cref="Min"/> (F6-10-00 window handle, 0b11X0XXXX). <see cref="Member"/> is the value an
/// enum resource takes for it.
/// </summary>
public sealed record EepEnumItem(long Min, long Max, string Description)
{
    private const long AllBits = -1;

    public EepEnumItem(long raw, string description)
        : this(raw, raw, description)
    {
    }

    /// <summary>The raw value of a single-value item (its first value for a range).</summary>
    public long Raw => Min;

    /// <summary>Bits a pattern item compares; every bit for values and ranges.</summary>
    public long Mask { get; init; } = AllBits;

    /// <summary>Engineering value of a raw value inside the range; null for items that only name a value.</summary>
    public LinearScale? Scale { get; init; }

    /// <summary>Unit of <see cref="Scale"/>'s values, as the specification writes it.</summary>
    public string? Unit { get; init; }

    /// <summary>The enum member (camelCase) an enum resource takes for this item; null when the field fills no enum resource.</summary>
    public string? Member { get; init; }

    public bool Matches(long raw) => Mask == AllBits ? raw >= Min && raw <= Max : (raw & Mask) == Min;

    public static EepEnumItem Range(long min, long max, string description) => new(min, max, description);

    /// <summary>A range whose raw values are scaled: <paramref name="min"/>..<paramref name="max"/> onto <paramref name="scaledMin"/>..<paramref name="scaledMax"/>.</summary>
    public static EepEnumItem ScaledRange(long min, long max, double scaledMin, double scaledMax, string? unit, string description) =>
        new(min, max, description) { Scale = new LinearScale(min, max, scaledMin, scaledMax), Unit = unit };

    /// <summary>A bit pattern: the bits of <paramref name="mask"/> must equal those of <paramref name="value"/>.</summary>
    public static EepEnumItem Pattern(long mask, long value, string description) => new(value, value, description) { Mask = mask };
}
