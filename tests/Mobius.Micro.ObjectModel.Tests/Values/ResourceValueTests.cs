using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Tests.Values;

public sealed class ResourceValueTests
{
    [Theory]
    [InlineData(ResourceType.Bool, "false")]
    [InlineData(ResourceType.Number, "0")]
    [InlineData(ResourceType.String, "\"\"")]
    [InlineData(ResourceType.DateTime, "\"1970-01-01T00:00:00.000Z\"")]
    public void Defaults_are_the_specified_zero_values(ResourceType type, string json)
    {
        Assert.Equal(json, ResourceValue.DefaultFor(type, null).ToJson().ToJsonString());
    }

    [Fact]
    public void An_enum_defaults_to_its_first_member()
    {
        Assert.Equal(new EnumValue("vacant"), ResourceValue.DefaultFor(ResourceType.Enum, ["vacant", "occupied", "unknown"]));
    }

    [Fact]
    public void An_enum_without_members_has_no_default()
    {
        Assert.Throws<ArgumentException>(() => ResourceValue.DefaultFor(ResourceType.Enum, []));
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void Bools_are_json_booleans(bool value, string json)
    {
        Assert.Equal(json, new BoolValue(value).ToJson().ToJsonString());
    }

    [Theory]
    [InlineData(19.2, "19.2")]
    [InlineData(-5, "-5")]
    [InlineData(1764064800, "1764064800")]
    public void Numbers_are_json_numbers(double value, string json)
    {
        Assert.Equal(json, new NumberValue(value).ToJson().ToJsonString());
    }

    [Fact]
    public void Strings_and_enum_members_are_json_strings()
    {
        Assert.Equal("\"MF_00BCC0\"", new StringValue("MF_00BCC0").ToJson().ToJsonString());
        Assert.Equal("\"occupied\"", new EnumValue("occupied").ToJson().ToJsonString());
    }

    [Fact]
    public void Datetimes_are_utc_with_milliseconds()
    {
        var value = new DateTimeValue(new DateTimeOffset(2025, 11, 25, 12, 30, 15, 123, TimeSpan.FromHours(2)).AddTicks(4567));

        Assert.Equal("\"2025-11-25T10:30:15.123Z\"", value.ToJson().ToJsonString());
        Assert.Equal(TimeSpan.Zero, value.Value.Offset);
    }

    [Fact]
    public void Datetimes_equal_to_the_millisecond_are_equal()
    {
        var time = new DateTimeOffset(2025, 11, 25, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeValue(time.AddTicks(1)), new DateTimeValue(time.AddTicks(9)));
    }
}
