namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>An object as the Engine API answers it: <c>{pid,ins,profileName,description,resources,families}</c>, resources by RID.</summary>
public sealed record ObjectDocument(
    string Pid,
    string Ins,
    string ProfileName,
    string Description,
    IReadOnlyDictionary<string, ResourceDocument> Resources,
    IReadOnlyList<string> Families)
{
    public static ObjectDocument From(ObjectInstance instance) => new(
        instance.Profile.Pid,
        instance.Uri.Ins!,
        instance.Profile.ProfileName,
        instance.Profile.Description,
        instance.Resources.ToDictionary(
            resource => resource.Rid,
            resource => ResourceDocument.From(resource, instance.PriorityArrayOf(resource)),
            StringComparer.Ordinal),
        instance.Profile.Families);
}
