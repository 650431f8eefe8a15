namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// One layout of an EEP. Most EEPs have a single case without conditions; others choose the
/// layout by status bits (F6-02: N- or U-message), by a data field (D2-01: CMD, A5-38-08: COM) or
/// by the direction the telegram travels (A5-20-01). The decoder uses the first case whose
/// direction fits, whose conditions all hold and whose fields the payload holds.
/// </summary>
public sealed class EepCase
{
    private CaseLayout? _layout;

    /// <summary>The specification's title of the case (e.g. <c>CMD 0x4 - Actuator Status Response</c>), if it has one.</summary>
    public string? Title { get; init; }

    /// <summary>Set when the case applies to one direction only.</summary>
    public EepDirection? Direction { get; init; }

    public IReadOnlyList<EepCondition> Conditions { get; init; } = [];

    /// <summary>The fields in the EEP specification's order.</summary>
    public required IReadOnlyList<EepField> Fields { get; init; }

    public IReadOnlyList<EepDerivedFlag> DerivedFlags { get; init; } = [];

    /// <summary>Bytes the payload needs for every field and data condition of the case.</summary>
    public int MinimumLength => Layout.MinimumLength;

    internal CaseLayout Layout => _layout ??= CaseLayout.Of(this);

    public bool AppliesTo(EepDirection direction) => Direction is null || Direction == direction;
}
