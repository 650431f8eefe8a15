using System.Text.Json.Serialization;

namespace Mobius.Micro.ObjectModel.Resources;

/// <summary>
/// Settings one object changes for one of its resources (e.g. <c>units</c>, a narrower
/// <c>min</c>/<c>max</c>, <c>tags</c>); a <see langword="null"/> member keeps the profile's setting.
/// Stored as the JSON object of the overridden settings, named as in <see cref="ResourceSettings"/>.
/// <c>access</c> and <c>enum</c> belong to the profile and cannot be overridden.
/// </summary>
public sealed record SettingsOverrides
{
    public const string MinName = "min";
    public const string MaxName = "max";
    public const string PrecisionName = "precision";
    public const string UnitsName = "units";
    public const string MaxLengthName = "maxlen";
    public const string TagsName = "tags";

    public static readonly SettingsOverrides None = new();

    /// <summary>The settings an object may override.</summary>
    public static IReadOnlyList<string> Names { get; } = [MinName, MaxName, PrecisionName, UnitsName, MaxLengthName, TagsName];

    [JsonPropertyName(MinName)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Min { get; init; }

    [JsonPropertyName(MaxName)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Max { get; init; }

    [JsonPropertyName(PrecisionName)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Precision { get; init; }

    [JsonPropertyName(UnitsName)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Units { get; init; }

    [JsonPropertyName(MaxLengthName)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxLength { get; init; }

    [JsonPropertyName(TagsName)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Tags { get; init; }

    [JsonIgnore]
    public bool IsEmpty => Min is null && Max is null && Precision is null && Units is null && MaxLength is null && Tags is null;

    /// <summary>The profile's settings with these overrides applied.</summary>
    public ResourceSettings ApplyTo(ResourceSettings settings) => IsEmpty ? settings : settings with
    {
        Min = Min ?? settings.Min,
        Max = Max ?? settings.Max,
        Precision = Precision ?? settings.Precision,
        Units = Units ?? settings.Units,
        MaxLength = MaxLength ?? settings.MaxLength,
        Tags = Tags ?? settings.Tags,
    };

    public bool Equals(SettingsOverrides? other) =>
        other is not null
        && Min == other.Min && Max == other.Max && Precision == other.Precision && Units == other.Units && MaxLength == other.MaxLength
        && (Tags ?? []).SequenceEqual(other.Tags ?? [], StringComparer.Ordinal) && (Tags is null) == (other.Tags is null);

    public override int GetHashCode() => HashCode.Combine(Min, Max, Precision, Units, MaxLength, Tags?.Count);
}
