using System.Text.Json;
using Mobius.Micro.ObjectModel.Resources;

namespace Mobius.Micro.ObjectModel.Tests.Resources;

public sealed class ResourceSettingsJsonTests
{
    [Fact]
    public void Writes_only_the_settings_that_apply_with_mobiusflow_names()
    {
        var settings = new ResourceSettings { Access = ResourceAccess.Read, Min = 0, Max = 51, Precision = 1, Units = "C" };

        Assert.Equal("""{"access":"r","min":0,"max":51,"precision":1,"units":"C"}""", JsonSerializer.Serialize(settings));
    }

    [Fact]
    public void Writes_maxlen_enum_and_tags()
    {
        var settings = new ResourceSettings { Access = ResourceAccess.ReadWrite, MaxLength = 32, Enum = ["vacant", "occupied"], Tags = ["desk"] };

        Assert.Equal("""{"access":"rw","maxlen":32,"enum":["vacant","occupied"],"tags":["desk"]}""", JsonSerializer.Serialize(settings));
    }
}
