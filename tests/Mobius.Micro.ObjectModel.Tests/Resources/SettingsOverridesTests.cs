using System.Text.Json;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectModel.Writes;

namespace Mobius.Micro.ObjectModel.Tests.Resources;

public sealed class SettingsOverridesTests
{
    private static readonly ResourceDefinition Temperature = new()
    {
        Rid = "40", Name = "temperature", Type = ResourceType.Number,
        Settings = new() { Access = ResourceAccess.Read, Min = 0, Max = 40, Precision = 1, Units = "C" },
    };

    private static readonly ResourceDefinition Label = new() { Rid = "01", Name = "name", Type = ResourceType.String, Settings = ResourceSettings.ReadWrite };

    [Fact]
    public void Overrides_replace_only_the_settings_they_set()
    {
        var overrides = new SettingsOverrides { Max = 30, Units = "degC", Tags = ["room"] };

        var settings = Temperature.WithOverrides(overrides).Settings;

        Assert.Equal(30, settings.Max);
        Assert.Equal(0, settings.Min);
        Assert.Equal(1, settings.Precision);
        Assert.Equal("degC", settings.Units);
        Assert.Equal(["room"], settings.Tags);
        Assert.Equal(ResourceAccess.Read, settings.Access);
    }

    [Fact]
    public void No_overrides_leave_the_definition_as_it_is()
    {
        Assert.Same(Temperature, Temperature.WithOverrides(null));
        Assert.Same(Temperature, Temperature.WithOverrides(SettingsOverrides.None));
    }

    [Theory]
    [InlineData("max", "35", null)]
    [InlineData("min", "-5.5", null)]
    [InlineData("precision", "3", null)]
    [InlineData("units", "\"K\"", null)]
    [InlineData("tags", "[\"a\",\"b\"]", null)]
    [InlineData("max", "\"high\"", WriteRejectionReasons.InvalidSetting)]
    [InlineData("max", "-1", WriteRejectionReasons.InvalidSetting)]
    [InlineData("precision", "16", WriteRejectionReasons.InvalidSetting)]
    [InlineData("precision", "1.5", WriteRejectionReasons.InvalidSetting)]
    [InlineData("tags", "[\"\"]", WriteRejectionReasons.InvalidSetting)]
    [InlineData("tags", "\"a\"", WriteRejectionReasons.InvalidSetting)]
    [InlineData("maxlen", "5", WriteRejectionReasons.UnsupportedSetting)]
    [InlineData("access", "\"rw\"", WriteRejectionReasons.UnsupportedSetting)]
    [InlineData("enum", "[\"a\"]", WriteRejectionReasons.UnsupportedSetting)]
    public void A_setting_of_a_number_resource_is_read_and_checked(string name, string json, string? rejection)
    {
        var refused = SettingsOverridesReader.Apply(Temperature, SettingsOverrides.None, name, Parse(json), out var overrides);

        Assert.Equal(rejection, refused?.Reason);
        if (rejection is null)
        {
            Assert.False(overrides.IsEmpty);
        }
        else
        {
            Assert.Contains("temperature", refused!.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("maxlen", "10", null)]
    [InlineData("maxlen", "0", WriteRejectionReasons.InvalidSetting)]
    [InlineData("units", "\"m\"", WriteRejectionReasons.UnsupportedSetting)]
    [InlineData("min", "1", WriteRejectionReasons.UnsupportedSetting)]
    [InlineData("tags", "[\"x\"]", null)]
    public void A_setting_of_a_string_resource_is_read_and_checked(string name, string json, string? rejection)
    {
        Assert.Equal(rejection, SettingsOverridesReader.Apply(Label, SettingsOverrides.None, name, Parse(json), out _)?.Reason);
    }

    [Fact]
    public void Null_removes_an_override()
    {
        SettingsOverridesReader.Apply(Temperature, new SettingsOverrides { Units = "K", Max = 20 }, "units", Parse("null"), out var overrides);

        Assert.Null(overrides.Units);
        Assert.Equal(20, overrides.Max);
    }

    [Fact]
    public void Min_above_max_is_refused_against_the_profile_too()
    {
        var refused = SettingsOverridesReader.Apply(Temperature, SettingsOverrides.None, "min", Parse("50"), out _);

        Assert.Equal(WriteRejectionReasons.InvalidSetting, refused?.Reason);
        Assert.Contains("above max", refused!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_compare_by_value_and_serialize_only_what_is_set()
    {
        var overrides = new SettingsOverrides { Units = "K", Tags = ["a"] };

        Assert.Equal(overrides, new SettingsOverrides { Units = "K", Tags = ["a"] });
        Assert.NotEqual(overrides, new SettingsOverrides { Units = "K", Tags = ["b"] });
        Assert.Equal("""{"units":"K","tags":["a"]}""", JsonSerializer.Serialize(overrides));
        Assert.Equal(overrides, JsonSerializer.Deserialize<SettingsOverrides>("""{"units":"K","tags":["a"]}"""));
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
