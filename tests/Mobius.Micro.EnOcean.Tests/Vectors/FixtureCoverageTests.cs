using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>Guards the vector tests themselves: no expectation in the fixture goes unchecked without saying so.</summary>
public sealed class FixtureCoverageTests
{
    [Fact]
    public void Fixture_holds_all_248_vectors()
    {
        Assert.Equal(248, EnOceanVectors.All.Count());
    }

    [Fact]
    public void Every_expectation_key_is_checked_or_listed_as_not_decoded_yet()
    {
        var uncheckedKeys = EnOceanVectors.All
            .SelectMany(vector => vector.Expectations.Select(expectation => expectation.Name))
            .Where(key => !ExpectationKeys.Frame.Contains(key)
                && !ExpectationKeys.Stream.Contains(key)
                && !key.StartsWith(ExpectationKeys.PacketsFromPrefix, StringComparison.Ordinal)
                && !ExpectationKeys.NotDecodedYet.Contains(key)
                && !EnOceanVector.IsFieldKey(key))
            .Distinct()
            .ToList();

        Assert.Empty(uncheckedKeys);
    }

    [Fact]
    public void Every_catalog_eep_has_vectors_that_exercise_it()
    {
        var eepsWithVectors = EnOceanVectors.All.Select(vector => vector.Eep).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(EepCatalog.All, definition => Assert.Contains(definition.Eep, eepsWithVectors));
    }

    [Fact]
    public void Vectors_of_catalog_eeps_are_the_ones_expected_for_this_issue()
    {
        // 4 × A5-02-05, 4 × A5-04-01, 10 × D5-00-01 and 23 × F6-02-01 hold a telegram or payload
        // (a 24th F6-02-01 vector, V079, is an invalid frame checked for its error).
        Assert.Equal(41, EnOceanVectors.WithCatalogEep.Count());
    }
}
