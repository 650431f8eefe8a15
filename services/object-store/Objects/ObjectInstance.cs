using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// An object as stored: its URI, its profile and the priority array of each resource. A resource
/// the profile gained after the object was stored reads as its default.
/// </summary>
public sealed class ObjectInstance(MobiusUri uri, ObjectProfile profile, IReadOnlyDictionary<string, PriorityArray> priorityArrays)
{
    public MobiusUri Uri { get; } = uri;

    public ObjectProfile Profile { get; } = profile;

    public PriorityArray PriorityArrayOf(ResourceDefinition resource) =>
        priorityArrays.GetValueOrDefault(resource.Rid) ?? new PriorityArray(resource.Default);

    /// <summary>The present value of resource <paramref name="rid"/>, which the profile must define.</summary>
    public ResourceValue PresentValueOf(string rid) =>
        PriorityArrayOf(Profile.FindResource(rid) ?? throw new ArgumentException($"{Profile.ProfileName} has no resource {rid}", nameof(rid))).PresentValue;
}
