using System.Text.Json.Nodes;
using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// A resource as the Engine API answers it: <c>{rid,type,name,pv,prar,settings}</c>, the 16 slots
/// of <c>prar</c> slot 1 first. A write-only resource shows <c>"********"</c> in place of every value.
/// </summary>
public sealed record ResourceDocument(string Rid, string Type, string Name, JsonNode Pv, IReadOnlyList<JsonNode?> Prar, ResourceSettings Settings)
{
    public static ResourceDocument From(ResourceDefinition resource, PriorityArray array) => new(
        resource.Rid,
        resource.Type.JsonName(),
        resource.Name,
        Shown(resource, array.PresentValue)!,
        [.. array.Slots.Select(slot => Shown(resource, slot))],
        resource.Settings);

    private static JsonNode? Shown(ResourceDefinition resource, ResourceValue? value) => value switch
    {
        null => null,
        _ when resource.WriteOnly => JsonValue.Create(ResourceDefinition.WriteOnlyMask),
        _ => value.ToJson(),
    };
}
