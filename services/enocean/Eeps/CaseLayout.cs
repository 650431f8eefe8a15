namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// What the decoder needs of a case at every telegram, worked out once: the fields as an array,
/// the payload length they need, and for each field the index of the field selecting its factor
/// or unit (-1 for none).
/// </summary>
internal sealed class CaseLayout
{
    private CaseLayout(EepField[] fields, EepCondition[] conditions, int minimumLength, int[] factorSelectors, int[] unitSelectors)
    {
        Fields = fields;
        Conditions = conditions;
        MinimumLength = minimumLength;
        FactorSelectors = factorSelectors;
        UnitSelectors = unitSelectors;
    }

    public EepField[] Fields { get; }

    public EepCondition[] Conditions { get; }

    public int MinimumLength { get; }

    public int[] FactorSelectors { get; }

    public int[] UnitSelectors { get; }

    public static CaseLayout Of(EepCase @case)
    {
        var fields = @case.Fields.ToArray();
        var conditions = @case.Conditions.ToArray();
        var endBit = fields.Select(field => field.EndBit)
            .Concat(conditions.Where(condition => condition.Source == EepConditionSource.Data).Select(condition => condition.EndBit))
            .DefaultIfEmpty(0)
            .Max();
        return new CaseLayout(
            fields,
            conditions,
            (endBit + 7) / 8,
            [.. fields.Select(field => IndexOf(fields, field.Factor?.SelectorShortcut))],
            [.. fields.Select(field => IndexOf(fields, field.UnitSelector?.SelectorShortcut))]);
    }

    private static int IndexOf(EepField[] fields, string? shortcut)
    {
        if (shortcut is null)
        {
            return -1;
        }

        var index = Array.FindIndex(fields, field => field.Shortcut == shortcut);
        return index >= 0 ? index : throw new InvalidOperationException($"No field {shortcut} in the case to select a factor or unit.");
    }
}
