using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// Where every write path reports what it changed, after its commit: the changes go to this
/// replica's subscribers at once (in process) and, in the background, to the other replicas over
/// the bus. Never blocks and never fails the write.
/// </summary>
public sealed class ChangeNotifier(SubscriptionDispatcher dispatcher, ReplicaFanOut fanOut, ProfileCatalog profiles)
{
    /// <summary>Every resource of <paramref name="instance"/> (a new or moved object).</summary>
    public void ObjectWritten(ObjectInstance instance) =>
        ResourcesWritten(instance, instance.Profile.Resources.Select(resource => resource.Rid));

    public void ResourcesWritten(ObjectInstance instance, IEnumerable<string> rids) =>
        Publish([.. rids
            .Select(rid => instance.Profile.FindResource(rid)!)
            .Select(resource => ChangedResources.From(instance.Uri, resource, instance.PriorityArrayOf(resource), instance.Overrides.GetValueOrDefault(resource.Rid)))]);

    public void Stored(IReadOnlyList<StoredResource> stored) =>
        Publish([.. stored.Select(resource => ChangedResources.From(resource, profiles)).OfType<ChangedResource>()]);

    private void Publish(IReadOnlyList<ChangedResource> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        dispatcher.Enqueue(new ResourceChanges(changes));
        fanOut.Enqueue(changes);
    }
}
