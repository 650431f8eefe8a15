namespace Mobius.Micro.EnOcean.Tests.Profiles;

/// <summary>
/// One spec-built telegram of Fixtures/eep-spec-telegrams.json: a payload with a chosen raw value
/// in every field of one case, and what the specification says it means.
/// </summary>
public sealed record SpecTelegram(
    string Eep,
    int Case,
    int Direction,
    byte Status,
    string Payload,
    IReadOnlyList<SpecField> Fields,
    IReadOnlyList<SpecResourceValue> Resources)
{
    public override string ToString() => $"{Eep} case {Case}: {Payload}";
}

public sealed record SpecField(string Shortcut, long Raw, double Value, string? Unit, string? Description);

public sealed record SpecResourceValue(string Rid, double? Number, bool? Boolean, string? Text);
