using System.Text.Json;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>Reading request bodies taken as raw JSON, with a 400 naming what is wrong.</summary>
public static class JsonBody
{
    public static JsonElement Object(JsonElement body, string what) =>
        body.ValueKind == JsonValueKind.Object ? body : throw ApiErrors.InvalidRequest($"{what} must be a JSON object");

    public static JsonElement Array(JsonElement body, string what) =>
        body.ValueKind == JsonValueKind.Array ? body : throw ApiErrors.InvalidRequest($"{what} must be a JSON array");

    /// <summary>An optional whole number in <paramref name="min"/>..<paramref name="max"/>; <paramref name="fallback"/> when absent.</summary>
    public static int Integer(JsonElement body, string name, int fallback, int min, int max)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max
            ? number
            : throw ApiErrors.InvalidRequest($"{name} must be a whole number {min}..{max}");
    }

    /// <summary>An optional string; null when absent or JSON null.</summary>
    public static string? String(JsonElement body, string name)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw ApiErrors.InvalidRequest($"{name} must be a string");
    }
}
