using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectModel.Values;

/// <summary>One value of a resource, of one of the five <see cref="ResourceType"/>s.</summary>
public abstract record ResourceValue
{
    public abstract ResourceType Type { get; }

    /// <summary>The value as it appears in <c>pv</c> and <c>prar</c>: a JSON bool, number or string.</summary>
    public abstract JsonNode ToJson();

    /// <summary>
    /// The value a profile gives a resource when it names none: <c>false</c>, <c>0</c>, <c>""</c>,
    /// <c>1970-01-01T00:00:00.000Z</c>, or the first member of an enum.
    /// </summary>
    public static ResourceValue DefaultFor(ResourceType type, IReadOnlyList<string>? enumMembers) => type switch
    {
        ResourceType.Bool => new BoolValue(false),
        ResourceType.Number => new NumberValue(0),
        ResourceType.String => new StringValue(""),
        ResourceType.DateTime => new DateTimeValue(DateTimeOffset.UnixEpoch),
        ResourceType.Enum when enumMembers is [var first, ..] => new EnumValue(first),
        ResourceType.Enum => throw new ArgumentException("an enum resource needs at least one member", nameof(enumMembers)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}

public sealed record BoolValue(bool Value) : ResourceValue
{
    public override ResourceType Type => ResourceType.Bool;
    public override JsonNode ToJson() => JsonValue.Create(Value);
}

public sealed record NumberValue(double Value) : ResourceValue
{
    public override ResourceType Type => ResourceType.Number;
    public override JsonNode ToJson() => JsonValue.Create(Value);
}

public sealed record StringValue(string Value) : ResourceValue
{
    public override ResourceType Type => ResourceType.String;
    public override JsonNode ToJson() => JsonValue.Create(Value);
}

public sealed record EnumValue(string Member) : ResourceValue
{
    public override ResourceType Type => ResourceType.Enum;
    public override JsonNode ToJson() => JsonValue.Create(Member);
}
