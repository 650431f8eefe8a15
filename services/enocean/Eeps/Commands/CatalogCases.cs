namespace Mobius.Micro.EnOcean.Eeps.Commands;

/// <summary>Finds the definition and case a command encoder writes, by EEP and the case's title or direction.</summary>
internal static class CatalogCases
{
    public static (EepDefinition Definition, EepCase Case) Titled(string eep, string titleStart)
    {
        var definition = Definition(eep);
        var @case = definition.Cases.FirstOrDefault(candidate => candidate.Title?.StartsWith(titleStart, StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException($"{eep} has no case titled {titleStart}.");
        return (definition, @case);
    }

    public static (EepDefinition Definition, EepCase Case) ToDevice(string eep)
    {
        var definition = Definition(eep);
        return (definition, definition.Cases.First(candidate => candidate.Direction == EepDirection.ToDevice));
    }

    public static (EepDefinition Definition, EepCase Case) WithCondition(string eep, int bitOffset, long value)
    {
        var definition = Definition(eep);
        var @case = definition.Cases.First(candidate => candidate.Conditions.Any(condition => condition.BitOffset == bitOffset && condition.Min == value));
        return (definition, @case);
    }

    private static EepDefinition Definition(string eep) =>
        EepCatalog.TryGet(eep, out var definition) ? definition : throw new InvalidOperationException($"{eep} is not in the catalog.");
}
