using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// An object as stored: its URI, its profile, the priority array of each resource and the
/// object's settings overrides. A resource the profile gained after the object was stored reads as
/// its default.
/// </summary>
public sealed class ObjectInstance(
    MobiusUri uri,
    ObjectProfile profile,
    IReadOnlyDictionary<string, PriorityArray> priorityArrays,
    IReadOnlyDictionary<string, SettingsOverrides>? overrides = null)
{
    private static readonly Dictionary<string, SettingsOverrides> NoOverrides = [];

    public MobiusUri Uri { get; } = uri;

    public ObjectProfile Profile { get; } = profile;

    /// <summary>Settings this object overrides, by RID (only non-empty ones).</summary>
    public IReadOnlyDictionary<string, SettingsOverrides> Overrides { get; } = overrides ?? NoOverrides;

    /// <summary>The object's resources as it has them: the profile's definitions with the object's overrides applied.</summary>
    public IEnumerable<ResourceDefinition> Resources => Profile.Resources.Select(DefinitionOf);

    public PriorityArray PriorityArrayOf(ResourceDefinition resource) =>
        priorityArrays.GetValueOrDefault(resource.Rid) ?? new PriorityArray(resource.Default);

    public ResourceDefinition DefinitionOf(ResourceDefinition resource) => resource.WithOverrides(Overrides.GetValueOrDefault(resource.Rid));

    /// <summary>Resource <paramref name="rid"/> as this object has it, or <see langword="null"/> when the profile lacks it.</summary>
    public ResourceDefinition? FindResource(string rid) => Profile.FindResource(rid) is { } resource ? DefinitionOf(resource) : null;

    /// <summary>The present value of resource <paramref name="rid"/>, which the profile must define.</summary>
    public ResourceValue PresentValueOf(string rid) =>
        PriorityArrayOf(Profile.FindResource(rid) ?? throw new ArgumentException($"{Profile.ProfileName} has no resource {rid}", nameof(rid))).PresentValue;
}
