using System.Text.Json;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectModel.Writes;

namespace Mobius.Micro.ObjectModel.Resources;

/// <summary>
/// Reads one overridable setting of a resource from JSON and answers the object's overrides with
/// it applied (JSON <c>null</c> removes the override), or why it is refused: a setting that cannot
/// be overridden or does not apply to the resource's type (<c>unsupported_setting</c>), or a value
/// of the wrong kind or range (<c>invalid_setting</c>).
/// </summary>
public static class SettingsOverridesReader
{
    public const int MaxUnitsLength = 32;
    public const int MaxTags = 32;
    public const int MaxTagLength = 64;
    public const int MaxPrecision = 15;

    public static WriteRejection? Apply(
        ResourceDefinition resource, SettingsOverrides current, string name, JsonElement value, out SettingsOverrides updated)
    {
        updated = current;
        if (!Applies(resource, name))
        {
            return Reject(WriteRejectionReasons.UnsupportedSetting, resource, SettingsOverrides.Names.Contains(name, StringComparer.Ordinal)
                ? $"setting '{name}' does not apply to a {resource.Type.JsonName()} resource"
                : $"setting '{name}' cannot be configured per object; only pv and {string.Join(", ", SettingsOverrides.Names)} can");
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            updated = Set(current, name, null);
            return null;
        }

        if (Read(name, value) is not { } read)
        {
            return Reject(WriteRejectionReasons.InvalidSetting, resource, $"setting '{name}' takes {Expected(name)}");
        }

        updated = Set(current, name, read);
        var effective = updated.ApplyTo(resource.Settings);
        return effective.Min > effective.Max
            ? Reject(WriteRejectionReasons.InvalidSetting, resource, $"min {effective.Min} is above max {effective.Max}")
            : null;
    }

    private static bool Applies(ResourceDefinition resource, string name) => name switch
    {
        SettingsOverrides.MinName or SettingsOverrides.MaxName or SettingsOverrides.PrecisionName or SettingsOverrides.UnitsName =>
            resource.Type == ResourceType.Number,
        SettingsOverrides.MaxLengthName => resource.Type == ResourceType.String,
        SettingsOverrides.TagsName => true,
        _ => false,
    };

    private static object? Read(string name, JsonElement value) => name switch
    {
        SettingsOverrides.MinName or SettingsOverrides.MaxName
            when value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number) => number,
        SettingsOverrides.PrecisionName
            when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var digits) && digits is >= 0 and <= MaxPrecision => digits,
        SettingsOverrides.MaxLengthName
            when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var length) && length > 0 => length,
        SettingsOverrides.UnitsName
            when value.ValueKind == JsonValueKind.String && value.GetString()!.Length <= MaxUnitsLength => value.GetString(),
        SettingsOverrides.TagsName when value.ValueKind == JsonValueKind.Array => ReadTags(value),
        _ => null,
    };

    private static string[]? ReadTags(JsonElement value)
    {
        if (value.GetArrayLength() > MaxTags)
        {
            return null;
        }

        var tags = new List<string>();
        foreach (var tag in value.EnumerateArray())
        {
            if (tag.ValueKind != JsonValueKind.String || tag.GetString() is not { Length: > 0 and <= MaxTagLength } text)
            {
                return null;
            }

            tags.Add(text);
        }

        return [.. tags];
    }

    private static string Expected(string name) => name switch
    {
        SettingsOverrides.MinName or SettingsOverrides.MaxName => "a finite number",
        SettingsOverrides.PrecisionName => $"a whole number of digits 0..{MaxPrecision}",
        SettingsOverrides.MaxLengthName => "a whole number above 0",
        SettingsOverrides.UnitsName => $"a string of at most {MaxUnitsLength} characters",
        _ => $"an array of at most {MaxTags} non-empty strings of at most {MaxTagLength} characters",
    };

    private static SettingsOverrides Set(SettingsOverrides overrides, string name, object? value) => name switch
    {
        SettingsOverrides.MinName => overrides with { Min = (double?)value },
        SettingsOverrides.MaxName => overrides with { Max = (double?)value },
        SettingsOverrides.PrecisionName => overrides with { Precision = (int?)value },
        SettingsOverrides.UnitsName => overrides with { Units = (string?)value },
        SettingsOverrides.MaxLengthName => overrides with { MaxLength = (int?)value },
        _ => overrides with { Tags = (string[]?)value },
    };

    private static WriteRejection Reject(string reason, ResourceDefinition resource, string problem) =>
        new(reason, $"{resource.Rid} {resource.Name}: {problem}");
}
