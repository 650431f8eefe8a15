using System.Text.Json.Serialization;

namespace Mobius.Micro.ObjectModel.Resources;

/// <summary>
/// The <c>settings</c> of a resource as MobiusFlow shows them, e.g.
/// <c>{"access":"r","min":0,"max":51,"precision":1,"units":"C"}</c>; settings that do not apply are left out.
/// </summary>
public sealed record ResourceSettings
{
    public static readonly ResourceSettings ReadOnly = new() { Access = ResourceAccess.Read };
    public static readonly ResourceSettings ReadWrite = new() { Access = ResourceAccess.ReadWrite };

    [JsonPropertyName("access")]
    public ResourceAccess Access { get; init; } = ResourceAccess.Read;

    /// <summary>Lowest number a write may set.</summary>
    [JsonPropertyName("min")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Min { get; init; }

    /// <summary>Highest number a write may set.</summary>
    [JsonPropertyName("max")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Max { get; init; }

    /// <summary>Decimal places worth showing; values are stored as measured.</summary>
    [JsonPropertyName("precision")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Precision { get; init; }

    [JsonPropertyName("units")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Units { get; init; }

    /// <summary>Longest string (in characters) a write may set.</summary>
    [JsonPropertyName("maxlen")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxLength { get; init; }

    /// <summary>The members an enum resource may take, in order; the first is the default.</summary>
    [JsonPropertyName("enum")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>Free labels for searching and grouping.</summary>
    [JsonPropertyName("tags")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Tags { get; init; }
}
