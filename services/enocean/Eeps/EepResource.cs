namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// A data resource of the device object an EEP fills: RID (two hex digits, <c>40</c> upward),
/// camelCase name, value type and settings hints. An enum resource lists its members: the
/// decoder reports the member name of the value it read.
/// </summary>
public sealed record EepResource(string Rid, string Name, ResourceValueType Type, ResourceSettings Settings)
{
    /// <summary>For enum resources, every member it may take, in the specification's order.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>The type as the object model writes it: <c>number</c>, <c>bool</c> or <c>enum</c>.</summary>
    public string TypeName => Type switch
    {
        ResourceValueType.Number => "number",
        ResourceValueType.Bool => "bool",
        ResourceValueType.Enum => "enum",
        _ => throw new InvalidOperationException($"Unknown resource type {Type}."),
    };

    public static EepResource Number(string rid, string name, ResourceSettings settings) =>
        new(rid, name, ResourceValueType.Number, settings);

    public static EepResource Bool(string rid, string name) =>
        new(rid, name, ResourceValueType.Bool, ResourceSettings.None);

    public static EepResource Enum(string rid, string name, params IReadOnlyList<string> members) =>
        new(rid, name, ResourceValueType.Enum, ResourceSettings.None) { Members = members };
}
