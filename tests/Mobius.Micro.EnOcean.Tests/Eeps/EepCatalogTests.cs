using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.EnOcean.Tests.Eeps;

public sealed class EepCatalogTests
{
    [Theory]
    [InlineData("A5-04-01")]
    [InlineData("a5-04-01")]
    public void Finds_a_definition_in_any_letter_case(string eep)
    {
        Assert.True(EepCatalog.TryGet(eep, out var definition));

        Assert.Equal("A5-04-01", definition.Eep);
    }

    [Fact]
    public void Has_no_definition_for_an_eep_it_does_not_decode()
    {
        Assert.False(EepCatalog.TryGet("A5-99-01", out _));
    }

    [Theory]
    [InlineData("F6-01-01")]
    [InlineData("F6-05-02")]
    [InlineData("A5-09-0C")]
    [InlineData("A5-14-07")]
    [InlineData("A5-14-08")]
    [InlineData("A5-14-09")]
    [InlineData("A5-14-0A")]
    [InlineData("D2-14-40")]
    [InlineData("D2-14-41")]
    [InlineData("D2-14-50")]
    [InlineData("D2-14-51")]
    [InlineData("D2-15-00")]
    public void Holds_the_profiles_of_later_eep_versions_that_mobiusflow_lists(string eep)
    {
        Assert.True(EepCatalog.TryGet(eep, out _));
    }

    [Fact]
    public void Holds_every_rorg_func_family_of_eep_2_6_5_and_the_later_ones()
    {
        var families = EepCatalog.All.Select(definition => definition.Eep[..5]).Distinct().ToList();

        Assert.Equal(42, families.Count);
        Assert.Contains("D2-A0", families);
        Assert.Contains("A5-3F", families);
    }

    [Fact]
    public void A5_04_01_is_a_humidity_and_temperature_sensor()
    {
        var definition = Get("A5-04-01");

        Assert.Equal(Rorg.FourBs, definition.Rorg);
        Assert.Equal("0102", definition.Pid);
        Assert.Equal("enocean_A5-04-01", definition.ProfileName);
        Assert.Equal(["EnOcean", "HumiditySensor", "TemperatureSensor"], definition.Families);
        Assert.Equal(["HUM", "TMP", "TSN"], Assert.Single(definition.Cases).Fields.Select(field => field.Shortcut));
        Assert.Equal(
            [
                EepResource.Number("40", "humidity", new ResourceSettings(Min: 0, Max: 100, Precision: 1, Units: "%")),
                EepResource.Number("41", "temperature", new ResourceSettings(Min: 0, Max: 40, Precision: 1, Units: "C")),
                EepResource.Bool("42", "hasTemperatureSensor"),
            ],
            definition.Resources);
    }

    [Fact]
    public void A5_02_05_is_a_temperature_sensor()
    {
        var definition = Get("A5-02-05");

        Assert.Equal("0101", definition.Pid);
        Assert.Equal(["EnOcean", "TemperatureSensor"], definition.Families);
        Assert.Equal(
            [EepResource.Number("40", "temperature", new ResourceSettings(Min: 0, Max: 40, Precision: 1, Units: "C"))],
            definition.Resources);
    }

    [Fact]
    public void D5_00_01_is_a_contact()
    {
        var definition = Get("D5-00-01");

        Assert.Equal(Rorg.OneBs, definition.Rorg);
        Assert.Equal("0103", definition.Pid);
        Assert.Equal(["LRN", "CO"], Assert.Single(definition.Cases).Fields.Select(field => field.Shortcut));
        Assert.Equal([EepResource.Bool("40", "contact")], definition.Resources);
    }

    [Fact]
    public void F6_02_01_belongs_to_the_rocker_switch_family_profile()
    {
        var definition = Get("F6-02-01");

        Assert.Equal(Rorg.Rps, definition.Rorg);
        Assert.Equal("000B", definition.Pid);
        Assert.Equal("enocean_F6-02-XX", definition.ProfileName);
        Assert.Equal(
            [("40", "button_A0"), ("41", "button_AI"), ("42", "button_B0"), ("43", "button_BI"), ("44", "bowPushed")],
            definition.Resources.Select(resource => (resource.Rid, resource.Name)));
        Assert.All(definition.Resources, resource => Assert.Equal("bool", resource.TypeName));
    }

    private static EepDefinition Get(string eep)
    {
        Assert.True(EepCatalog.TryGet(eep, out var definition));
        return definition;
    }
}
