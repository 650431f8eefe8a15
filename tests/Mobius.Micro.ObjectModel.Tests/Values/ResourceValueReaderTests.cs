using System.Text.Json;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Tests.Values;

public sealed class ResourceValueReaderTests
{
    public static TheoryData<string, ResourceType, ResourceValue> ValuesOfTheirType => new()
    {
        { "true", ResourceType.Bool, new BoolValue(true) },
        { "false", ResourceType.Bool, new BoolValue(false) },
        { "43.9", ResourceType.Number, new NumberValue(43.9) },
        { "-1", ResourceType.Number, new NumberValue(-1) },
        { "\"MF_00BCC0\"", ResourceType.String, new StringValue("MF_00BCC0") },
        { "\"occupied\"", ResourceType.Enum, new EnumValue("occupied") },
        { "\"2025-11-25T10:00:00.000Z\"", ResourceType.DateTime, new DateTimeValue(new DateTimeOffset(2025, 11, 25, 10, 0, 0, TimeSpan.Zero)) },
        { "\"2025-11-25T11:00:00+01:00\"", ResourceType.DateTime, new DateTimeValue(new DateTimeOffset(2025, 11, 25, 10, 0, 0, TimeSpan.Zero)) },
        { "\"2025-11-25T10:00:00.5Z\"", ResourceType.DateTime, new DateTimeValue(new DateTimeOffset(2025, 11, 25, 10, 0, 0, 500, TimeSpan.Zero)) },
    };

    [Theory]
    [MemberData(nameof(ValuesOfTheirType))]
    public void Reads_json_of_the_resource_type(string json, ResourceType type, ResourceValue expected)
    {
        Assert.True(ResourceValueReader.TryRead(Parse(json), type, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("\"true\"", ResourceType.Bool)]
    [InlineData("1", ResourceType.Bool)]
    [InlineData("\"10\"", ResourceType.Number)]
    [InlineData("true", ResourceType.Number)]
    [InlineData("null", ResourceType.Number)]
    [InlineData("10", ResourceType.String)]
    [InlineData("{}", ResourceType.String)]
    [InlineData("[\"a\"]", ResourceType.Enum)]
    [InlineData("\"2025-11-25T10:00:00\"", ResourceType.DateTime)]
    [InlineData("\"25/11/2025 10:00\"", ResourceType.DateTime)]
    [InlineData("1764064800", ResourceType.DateTime)]
    public void Does_not_read_json_of_another_type(string json, ResourceType type)
    {
        Assert.False(ResourceValueReader.TryRead(Parse(json), type, out _));
    }

    [Fact]
    public void Does_not_read_a_number_beyond_double_range()
    {
        Assert.False(ResourceValueReader.TryRead(Parse("1e400"), ResourceType.Number, out _));
    }

    [Fact]
    public void Reads_text_as_a_datetime_string_or_enum_member()
    {
        Assert.True(ResourceValueReader.TryReadText("2025-11-25T10:00:00.000Z", ResourceType.DateTime, out var time));
        Assert.Equal(new DateTimeValue(new DateTimeOffset(2025, 11, 25, 10, 0, 0, TimeSpan.Zero)), time);
        Assert.True(ResourceValueReader.TryReadText("01879DE6", ResourceType.String, out var text));
        Assert.Equal(new StringValue("01879DE6"), text);
        Assert.False(ResourceValueReader.TryReadText("12", ResourceType.Number, out _));
        Assert.False(ResourceValueReader.TryReadText("true", ResourceType.Bool, out _));
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
