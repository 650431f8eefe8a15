namespace Mobius.Micro.ObjectModel.Values;

public static class ResourceTypes
{
    /// <summary>The type as written in objects: <c>bool</c>, <c>number</c>, <c>string</c>, <c>datetime</c>, <c>enum</c>.</summary>
    public static string JsonName(this ResourceType type) => type switch
    {
        ResourceType.Bool => "bool",
        ResourceType.Number => "number",
        ResourceType.String => "string",
        ResourceType.DateTime => "datetime",
        ResourceType.Enum => "enum",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
