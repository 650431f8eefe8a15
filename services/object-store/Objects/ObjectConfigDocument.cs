using System.Text.Json;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Resources;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// An object's configuration, <c>{"pid","ins","profileName","rids":[{"rid","settings":{"pv",...}}]}</c>:
/// each resource whose slot 16 holds a configured value (other than the profile's default), that is
/// required, or whose settings the object overrides. The same <c>rids</c> shape creates an object and
/// changes its configuration, so what is read can be sent back; write-only values read <c>"********"</c>,
/// which sent back keeps them.
/// </summary>
public sealed record ObjectConfigDocument(string Pid, string Ins, string ProfileName, IReadOnlyList<ResourceConfigDocument> Rids)
{
    public static ObjectConfigDocument From(ObjectInstance instance) => new(
        instance.Profile.Pid,
        instance.Uri.Ins!,
        instance.Profile.ProfileName,
        [.. instance.Profile.Resources
            .Where(resource => IsConfigured(instance, resource))
            .Select(resource => new ResourceConfigDocument(resource.Rid, Settings(instance, resource)))]);

    private static bool IsConfigured(ObjectInstance instance, ResourceDefinition resource) =>
        resource.Required
        || instance.Overrides.ContainsKey(resource.Rid)
        || !Equals(instance.PriorityArrayOf(resource)[PriorityArray.Default], resource.Default);

    private static JsonObject Settings(ObjectInstance instance, ResourceDefinition resource)
    {
        var settings = instance.Overrides.TryGetValue(resource.Rid, out var overrides)
            ? JsonSerializer.SerializeToNode(overrides)!.AsObject()
            : [];
        var configured = instance.PriorityArrayOf(resource)[PriorityArray.Default]!;
        settings.Insert(0, ResourceConfiguration.PresentValueSetting, resource.WriteOnly ? JsonValue.Create(ResourceDefinition.WriteOnlyMask) : configured.ToJson());
        return settings;
    }
}

/// <summary>One configured resource: <c>{"rid","settings":{"pv",...}}</c>.</summary>
public sealed record ResourceConfigDocument(string Rid, JsonObject Settings);
