using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>Which EEPs and which of their cases a simulated device sends: the cases a device sends itself (direction 1).</summary>
public static class EepSimulation
{
    public static IReadOnlyList<EepCase> UplinkCases(EepDefinition definition) =>
        [.. definition.Cases.Where(@case => @case.AppliesTo(EepDirection.FromDevice))];

    /// <summary>True when a device of the EEP sends data telegrams: it has a case in its own direction, and its RORG is not teach-in only.</summary>
    public static bool CanSimulate(EepDefinition definition) =>
        definition.Rorg != Rorg.Ute && definition.Cases.Any(@case => @case.AppliesTo(EepDirection.FromDevice));
}
