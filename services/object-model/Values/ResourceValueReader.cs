using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Mobius.Micro.ObjectModel.Values;

/// <summary>Turns JSON or text into a value of a given resource type; a value of another type is not read.</summary>
public static class ResourceValueReader
{
    /// <summary>Reads a JSON value as <paramref name="type"/>: bool ← true/false, number ← number, the others ← string.</summary>
    public static bool TryRead(JsonElement json, ResourceType type, [NotNullWhen(true)] out ResourceValue? value)
    {
        value = (type, json.ValueKind) switch
        {
            (ResourceType.Bool, JsonValueKind.True) => new BoolValue(true),
            (ResourceType.Bool, JsonValueKind.False) => new BoolValue(false),
            (ResourceType.Number, JsonValueKind.Number) when json.TryGetDouble(out var number) && double.IsFinite(number) => new NumberValue(number),
            (ResourceType.String or ResourceType.DateTime or ResourceType.Enum, JsonValueKind.String) => ReadText(json.GetString()!, type),
            _ => null,
        };
        return value is not null;
    }

    /// <summary>Reads text as a string, enum member or ISO-8601 datetime; bool and number resources take no text.</summary>
    public static bool TryReadText(string text, ResourceType type, [NotNullWhen(true)] out ResourceValue? value)
    {
        value = ReadText(text, type);
        return value is not null;
    }

    private static ResourceValue? ReadText(string text, ResourceType type) => type switch
    {
        ResourceType.String => new StringValue(text),
        ResourceType.Enum => new EnumValue(text),
        ResourceType.DateTime when Iso8601Time.TryParse(text, out var time) => new DateTimeValue(time),
        _ => null,
    };
}
