using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectStore.Profiles;

/// <summary>
/// An object profile as the API answers it: <c>{"pid","profileName","description","families","sids",
/// "resources":{"40":{"rid","type","name","default","settings","required","unique","writeOnly"}}}</c>.
/// </summary>
public sealed record ProfileDocument(
    string Pid, string ProfileName, string Description, IReadOnlyList<string> Families, IReadOnlyList<string> Sids,
    IReadOnlyDictionary<string, ProfileResourceDocument> Resources)
{
    public static ProfileDocument From(ObjectProfile profile, IReadOnlyList<string> sids) => new(
        profile.Pid,
        profile.ProfileName,
        profile.Description,
        profile.Families,
        sids,
        profile.Resources.ToDictionary(resource => resource.Rid, ProfileResourceDocument.From, StringComparer.Ordinal));
}

/// <summary>One resource of a profile; a write-only resource's default is never shown.</summary>
public sealed record ProfileResourceDocument(string Rid, string Type, string Name, JsonNode? Default, ResourceSettings Settings, bool Required, bool Unique, bool WriteOnly)
{
    public static ProfileResourceDocument From(ResourceDefinition resource) => new(
        resource.Rid,
        resource.Type.JsonName(),
        resource.Name,
        resource.WriteOnly ? null : resource.Default.ToJson(),
        resource.Settings,
        resource.Required,
        resource.Unique,
        resource.WriteOnly);
}

/// <summary>A profile in a list: <c>{"pid","profileName","description","families","sids"}</c>.</summary>
public sealed record ProfileSummary(string Pid, string ProfileName, string Description, IReadOnlyList<string> Families, IReadOnlyList<string> Sids);
