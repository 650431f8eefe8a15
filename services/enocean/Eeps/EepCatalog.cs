using System.Diagnostics.CodeAnalysis;
using Mobius.Micro.EnOcean.Eeps.Profiles;

namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>Every EEP the project decodes.</summary>
public static class EepCatalog
{
    public static IReadOnlyList<EepDefinition> All { get; } =
    [
        .. TemperatureSensorProfiles.All,
        .. TemperatureHumiditySensorProfiles.All,
        .. ContactProfiles.All,
        .. RockerSwitchProfiles.All,
    ];

    private static readonly Dictionary<string, EepDefinition> ByEep =
        All.ToDictionary(definition => definition.Eep, StringComparer.OrdinalIgnoreCase);

    /// <summary>The definition for <paramref name="eep"/> (<c>RR-FF-TT</c>, any letter case).</summary>
    public static bool TryGet(string eep, [NotNullWhen(true)] out EepDefinition? definition) =>
        ByEep.TryGetValue(eep, out definition);
}
