using System.Diagnostics.CodeAnalysis;

namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// The one place PIDs of EnOcean device profiles are assigned. PIDs MobiusFlow already uses keep
/// their number; every other EEP gets the next number of the project's range 0100..01FF, and a
/// number once published is never reused. A profile keyed <c>RR-FF-XX</c> covers every type of
/// that family that has no key of its own.
/// </summary>
public static class EnOceanPidTable
{
    public static IReadOnlyList<EnOceanProfile> All { get; } =
    [
        // Fixed by MobiusFlow.
        new("F6-02-XX", "000B"),
        new("A5-10-03", "000C"),
        new("A5-08-01", "000D"),
        new("F6-05-01", "000E"),
        new("A5-02-01", "000F"),
        new("A5-02-02", "0010"),
        new("A5-09-04", "0028"),
        new("A5-07-01", "002E"),
        new("A5-07-03", "0030"),
        new("F6-01-01", "0064"),

        // The project's own range.
        new("A5-02-05", "0101"),
        new("A5-04-01", "0102"),
        new("D5-00-01", "0103"),
    ];

    private static readonly Dictionary<string, EnOceanProfile> ByKey =
        All.ToDictionary(profile => profile.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The profile for <paramref name="eep"/> (<c>RR-FF-TT</c>): its own entry, else its family's.</summary>
    public static bool TryGet(string eep, [NotNullWhen(true)] out EnOceanProfile? profile)
    {
        if (ByKey.TryGetValue(eep, out profile))
        {
            return true;
        }

        return eep.Length == 8 && ByKey.TryGetValue($"{eep[..6]}XX", out profile);
    }
}
