using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>
/// Reads claims with the JSON type the protocol gives them and nothing looser: <c>"5"</c> is not an
/// integer, <c>5.0</c> is not an integer, <c>"false"</c> is not a boolean, <c>null</c> is no value.
/// A required claim must be present with its type; an optional claim may be absent, and if present
/// must have its type. False means the claim set is malformed.
/// </summary>
internal static class StrictClaimReader
{
    public static bool TryGetRequiredString(JsonElement claims, string name, [NotNullWhen(true)] out string? value)
    {
        value = null;
        return claims.TryGetProperty(name, out JsonElement element) && TryReadString(element, out value);
    }

    public static bool TryGetRequiredInt64(JsonElement claims, string name, out long value)
    {
        value = 0;
        return claims.TryGetProperty(name, out JsonElement element) && TryReadInt64(element, out value);
    }

    public static bool TryGetRequiredBoolean(JsonElement claims, string name, out bool value)
    {
        value = false;
        return claims.TryGetProperty(name, out JsonElement element) && TryReadBoolean(element, out value);
    }

    public static bool TryGetOptionalString(JsonElement claims, string name, out string? value)
    {
        value = null;
        return !claims.TryGetProperty(name, out JsonElement element) || TryReadString(element, out value);
    }

    public static bool TryGetOptionalInt32(JsonElement claims, string name, out int? value)
    {
        value = null;
        if (!claims.TryGetProperty(name, out JsonElement element))
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out int number))
        {
            return false;
        }

        value = number;
        return true;
    }

    public static bool TryGetOptionalInt64(JsonElement claims, string name, out long? value)
    {
        value = null;
        if (!claims.TryGetProperty(name, out JsonElement element))
        {
            return true;
        }

        if (!TryReadInt64(element, out long number))
        {
            return false;
        }

        value = number;
        return true;
    }

    public static bool TryGetOptionalStringArray(JsonElement claims, string name, out IReadOnlyList<string>? value)
    {
        value = null;
        if (!claims.TryGetProperty(name, out JsonElement element))
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var items = new List<string>(element.GetArrayLength());
        foreach (JsonElement item in element.EnumerateArray())
        {
            if (!TryReadString(item, out string? text))
            {
                return false;
            }

            items.Add(text);
        }

        value = items;
        return true;
    }

    private static bool TryReadString(JsonElement element, [NotNullWhen(true)] out string? value)
    {
        value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return value is not null;
    }

    private static bool TryReadInt64(JsonElement element, out long value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out value);
    }

    private static bool TryReadBoolean(JsonElement element, out bool value)
    {
        value = element.ValueKind == JsonValueKind.True;
        return element.ValueKind is JsonValueKind.True or JsonValueKind.False;
    }
}
