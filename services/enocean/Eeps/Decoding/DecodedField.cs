namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>
/// One field read from a telegram: its raw bits, its value (scaled, or the raw number for enums
/// and flags), the enum item it matched (-1 for none) and its unit (the one another field selects,
/// else the item's or the field's).
/// </summary>
public readonly record struct DecodedField(EepField Field, long Raw, double Value, int ItemIndex, string? Unit)
{
    public string Shortcut => Field.Shortcut;

    /// <summary>The enum item the raw value matched, if any.</summary>
    public EepEnumItem? Item => ItemIndex >= 0 ? Field.EnumItems[ItemIndex] : null;

    /// <summary>The specification's text for the raw value, when it has one.</summary>
    public string? Description => Item?.Description;

    /// <summary>The object resource this field fills, if any.</summary>
    public EepResource? Resource => Field.Resource;
}
