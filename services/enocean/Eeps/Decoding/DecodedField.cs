namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>One field read from a telegram: its raw bits and its value (scaled, or the raw number for enums and flags).</summary>
public readonly record struct DecodedField(EepField Field, long Raw, double Value)
{
    public string Shortcut => Field.Shortcut;

    public string? Unit => Field.Unit;

    /// <summary>The specification's text for the raw value, when it has one.</summary>
    public string? Description => Field.Describe(Raw);

    /// <summary>The object resource this field fills, if any.</summary>
    public EepResource? Resource => Field.Resource;
}
