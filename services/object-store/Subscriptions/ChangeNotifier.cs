using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.Messaging;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// Where every write path reports what it changed, after its commit: the changes go to this
/// replica's subscribers at once (in process) and, in the background, to the other replicas over
/// the bus; a changed connector is announced to the gateway. Never blocks and never fails the write.
/// </summary>
public sealed class ChangeNotifier(SubscriptionDispatcher dispatcher, ReplicaFanOut fanOut, ConnectorChangePublisher connectors, ProfileCatalog profiles)
{
    /// <summary>Every resource of <paramref name="instance"/> (a new or moved object).</summary>
    public void ObjectWritten(ObjectInstance instance)
    {
        connectors.Written(instance);
        Publish(instance, instance.Profile.Resources.Select(resource => resource.Rid));
    }

    public void ResourcesWritten(ObjectInstance instance, IReadOnlyCollection<string> rids)
    {
        connectors.Written(instance, rids);
        Publish(instance, rids);
    }

    /// <summary>An object is gone: deleted, or its unique value (a serial) replaced, so its old identity no longer exists.</summary>
    public void ObjectRemoved(ObjectInstance previous) => connectors.Removed(previous);

    public void Stored(IReadOnlyList<StoredResource> stored) =>
        Publish([.. stored.Select(resource => ChangedResources.From(resource, profiles)).OfType<ChangedResource>()]);

    private void Publish(ObjectInstance instance, IEnumerable<string> rids) =>
        Publish([.. rids
            .Select(rid => instance.Profile.FindResource(rid)!)
            .Select(resource => ChangedResources.From(instance.Uri, resource, instance.PriorityArrayOf(resource), instance.Overrides.GetValueOrDefault(resource.Rid)))]);

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
