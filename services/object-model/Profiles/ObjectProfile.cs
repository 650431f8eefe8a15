using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;

namespace Mobius.Micro.ObjectModel.Profiles;

/// <summary>
/// The shape of a kind of object: its PID, profile name, description, families and resources
/// (ordered by RID). At most one resource is <see cref="ResourceDefinition.Unique"/>.
/// </summary>
public sealed class ObjectProfile
{
    private readonly Dictionary<string, ResourceDefinition> byRid;

    public ObjectProfile(string pid, string profileName, string description, IReadOnlyList<string> families, IEnumerable<ResourceDefinition> resources)
    {
        Pid = UriParts.Normalize(UriPart.Pid, pid, out var error) ?? throw new ArgumentException(error, nameof(pid));
        ProfileName = profileName;
        Description = description;
        Families = families;
        Resources = [.. resources.OrderBy(resource => resource.Rid, StringComparer.Ordinal)];
        byRid = new Dictionary<string, ResourceDefinition>(StringComparer.Ordinal);
        foreach (var resource in Resources)
        {
            if (UriParts.Normalize(UriPart.Rid, resource.Rid, out error) != resource.Rid)
            {
                throw new ArgumentException($"{profileName}: RID '{resource.Rid}' is not 2 upper-case hex digits", nameof(resources));
            }

            if (!byRid.TryAdd(resource.Rid, resource))
            {
                throw new ArgumentException($"{profileName}: RID {resource.Rid} is defined twice", nameof(resources));
            }
        }

        UniqueResource = Resources.Where(resource => resource.Unique).ToArray() switch
        {
            [] => null,
            [var unique] => unique,
            _ => throw new ArgumentException($"{profileName}: more than one unique resource", nameof(resources)),
        };
    }

    /// <summary>Four upper-case hex digits, e.g. <c>FFC0</c>.</summary>
    public string Pid { get; }

    /// <summary>e.g. <c>mobiusFlowConnector</c>, <c>enocean_A5-04-01</c>.</summary>
    public string ProfileName { get; }

    public string Description { get; }

    public IReadOnlyList<string> Families { get; }

    public IReadOnlyList<ResourceDefinition> Resources { get; }

    /// <summary>The resource whose value identifies an object within its service, if the profile has one.</summary>
    public ResourceDefinition? UniqueResource { get; }

    public ResourceDefinition? FindResource(string rid) => byRid.GetValueOrDefault(rid);
}
