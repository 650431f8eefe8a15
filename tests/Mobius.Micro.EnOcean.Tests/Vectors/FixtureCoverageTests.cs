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
    public void Every_expectation_key_is_checked()
    {
        var uncheckedKeys = EnOceanVectors.All
            .SelectMany(vector => vector.Expectations.Select(expectation => expectation.Name))
            .Where(key => !ExpectationKeys.Frame.Contains(key)
                && !ExpectationKeys.Stream.Contains(key)
                && !key.StartsWith(ExpectationKeys.PacketsFromPrefix, StringComparison.Ordinal)
                && key != ExpectationKeys.HandlePosition
                && !EnOceanVector.IsFieldKey(key))
            .Distinct()
            .ToList();

        Assert.Empty(uncheckedKeys);
    }

    [Fact]
    public void Every_eep_a_vector_names_is_in_the_catalog()
    {
        var eeps = EnOceanVectors.All.Select(vector => vector.Eep).OfType<string>().Distinct();

        Assert.All(eeps, eep => Assert.True(EepCatalog.TryGet(eep, out _), eep));
    }

    [Fact]
    public void Every_vector_is_checked_by_some_test()
    {
        // 179 telegrams and payloads decoded with their EEP, 55 frames checked at frame level only,
        // 10 invalid frames checked for their error, 4 streams.
        Assert.Equal(179, EnOceanVectors.WithEep.Count());
        Assert.Equal(55, EnOceanVectors.All.Count(vector => vector is { Kind: "esp3_frame", Eep: null }));
        Assert.Equal(10, EnOceanVectors.All.Count(vector => vector.Kind == "esp3_frame_invalid"));
        Assert.Equal(4, EnOceanVectors.All.Count(vector => vector.Kind == "esp3_stream"));
    }
}
