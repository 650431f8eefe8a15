using System.Text.Json;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// A configuration change, <c>{"ins":"0002","rids":[{"rid","settings"}]}</c>: <c>ins</c> moves the
/// object to that instance (MobiusFlow's "replacement object instance ID"), <c>rids</c> configures
/// resources as a creation does. Both are optional; other members are ignored.
/// </summary>
public sealed record ObjectConfigChange(string? Ins, IReadOnlyList<ResourceConfiguration> Rids)
{
    public static ObjectConfigChange Read(JsonElement body)
    {
        JsonBody.Object(body, "the body");
        var ins = JsonBody.String(body, "ins") is { } text
            ? UriParts.Normalize(UriPart.Ins, text, out var invalid) ?? throw ApiErrors.InvalidRequest($"ins: {invalid}")
            : null;
        var rids = body.TryGetProperty("rids", out var list) && list.ValueKind != JsonValueKind.Null
            ? Deserialize(JsonBody.Array(list, "rids"))
            : [];
        return new ObjectConfigChange(ins, rids);
    }

    private static List<ResourceConfiguration> Deserialize(JsonElement rids)
    {
        try
        {
            return rids.Deserialize<List<ResourceConfiguration>>(JsonSerializerOptions.Web) ?? [];
        }
        catch (JsonException invalid)
        {
            throw ApiErrors.InvalidRequest($"rids must be [{{\"rid\",\"settings\"}}, ...]: {invalid.Message}");
        }
    }
}
