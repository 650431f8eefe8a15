using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.EnOcean.Tests.Profiles;

/// <summary>Every profile of the catalog is decoded by at least one test from a spec-built telegram, case by case.</summary>
public sealed class ProfileCoverageTests
{
    /// <summary>The hand-written rocker switches: RockerSwitchResourceTests and RockerSwitchFamilyTests.</summary>
    private static readonly IReadOnlySet<string> TestedByHand = new HashSet<string> { "F6-02-01", "F6-02-02", "F6-02-03", "F6-02-04", "F6-03-01", "F6-03-02" };

    [Fact]
    public void Every_case_of_every_generated_profile_has_a_spec_built_telegram()
    {
        var built = SpecTelegrams.All.Select(telegram => (telegram.Eep, telegram.Case)).ToHashSet();

        var missing = EepCatalog.All
            .Where(definition => !TestedByHand.Contains(definition.Eep))
            .SelectMany(definition => definition.Cases.Select((_, index) => (definition.Eep, index)))
            .Where(@case => !built.Contains(@case))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void The_profiles_tested_by_hand_are_in_the_catalog()
    {
        Assert.All(TestedByHand, eep => Assert.True(EepCatalog.TryGet(eep, out _), eep));
    }
}
