using System.Text.Json;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>The stored form of a priority array: a JSON array of its 16 slots, slot 1 first, <c>null</c> for an empty slot.</summary>
internal static class PriorityArrayJson
{
    public static string Write(PriorityArray array) =>
        new JsonArray([.. array.Slots.Select(slot => slot?.ToJson())]).ToJsonString();

    public static PriorityArray Read(string json, ResourceDefinition resource)
    {
        using var document = JsonDocument.Parse(json);
        var slots = document.RootElement.EnumerateArray().Select(slot => slot.ValueKind switch
        {
            JsonValueKind.Null => null,
            _ when ResourceValueReader.TryRead(slot, resource.Type, out var value) => value,
            _ => throw new InvalidDataException($"stored slot {slot} is not a {resource.Type.JsonName()} for resource {resource.Rid} {resource.Name}"),
        });
        return new PriorityArray([.. slots]);
    }
}
