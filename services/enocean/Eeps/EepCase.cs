namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// One layout of an EEP. Most EEPs have a single case without conditions; others choose the
/// layout by status bits (F6-02: N- or U-message) or by a data field (D2-01: CMD). The decoder
/// uses the first case whose conditions all hold.
/// </summary>
public sealed record EepCase
{
    public IReadOnlyList<EepCondition> Conditions { get; init; } = [];

    /// <summary>The fields in the EEP specification's order.</summary>
    public required IReadOnlyList<EepField> Fields { get; init; }

    public IReadOnlyList<EepDerivedFlag> DerivedFlags { get; init; } = [];
}
