using Mobius.Micro.EnOcean.Erp1;

namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>
/// What decoding a telegram with an EEP gave: an error, a teach-in (with the EEP it announces
/// when it carries one), or the decoded fields of the case that applied and the resource values
/// they give.
/// </summary>
public sealed class EepDecodeResult
{
    private EepDecodeResult()
    {
    }

    /// <summary>Set unless the EEP was unknown.</summary>
    public EepDefinition? Definition { get; private init; }

    /// <summary>Why decoding failed; null on success.</summary>
    public EnOceanErrorCode? Error { get; private init; }

    public bool IsSuccess => Error is null;

    /// <summary>True when the telegram is a teach-in telegram; it then has no fields.</summary>
    public bool IsTeachIn { get; private init; }

    /// <summary>Set for a 4BS teach-in of variant 2.</summary>
    public FourBsTeachIn? FourBsTeachIn { get; private init; }

    /// <summary>Set for a UTE teach-in.</summary>
    public UteTeachIn? UteTeachIn { get; private init; }

    /// <summary>The case whose layout the fields follow.</summary>
    public EepCase? Case { get; private init; }

    /// <summary>The fields of the case that applied, in the specification's order.</summary>
    public IReadOnlyList<DecodedField> Fields { get; private init; } = [];

    /// <summary>Values for the object's resources: field resources in field order, then derived ones. Resources the telegram says nothing about are absent.</summary>
    public IReadOnlyList<ResourceValue> Resources { get; private init; } = [];

    /// <summary>The decoded field with this shortcut (exact case), if the case had one.</summary>
    public DecodedField? FindField(string shortcut)
    {
        for (var index = 0; index < Fields.Count; index++)
        {
            if (Fields[index].Shortcut == shortcut)
            {
                return Fields[index];
            }
        }

        return null;
    }

    internal static EepDecodeResult Failed(EnOceanErrorCode error, EepDefinition? definition = null) =>
        new() { Error = error, Definition = definition };

    internal static EepDecodeResult TeachIn(EepDefinition definition, IRadioTelegram telegram) => new()
    {
        Definition = definition,
        IsTeachIn = true,
        FourBsTeachIn = Erp1.FourBsTeachIn.TryRead(telegram, out var fourBs) ? fourBs : null,
        UteTeachIn = Erp1.UteTeachIn.TryRead(telegram, out var ute) ? ute : null,
    };

    internal static EepDecodeResult Decoded(EepDefinition definition, EepCase @case, DecodedField[] fields, IReadOnlyList<ResourceValue> resources) =>
        new() { Definition = definition, Case = @case, Fields = fields, Resources = resources };
}
