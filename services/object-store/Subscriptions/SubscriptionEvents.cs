using System.Text.Json.Nodes;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Microsoft.Extensions.Options;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// Turns what happened into the events each session subscribed to: <c>resource-cov</c> for every
/// changed resource, <c>object-cov</c> once per changed object, <c>service-status</c> when a
/// service's status object changed, <c>broadcast-command</c> for broadcast commands. Each event is
/// built once, and only when some session wants it (objects are read from the store then).
/// </summary>
public sealed class SubscriptionEvents(ProfileCatalog profiles, ObjectRepository objects, ApiClock clock, IOptions<HubOptions> hub)
{
    public async Task DeliverAsync(HubEvent hubEvent, SubscriptionSessions sessions, CancellationToken cancellationToken)
    {
        switch (hubEvent)
        {
            case ResourceChanges changes:
                DeliverResources(changes.Changes, sessions.Wanting(SubscriptionType.ResourceCov));
                await DeliverObjectsAsync(changes.Changes, sessions.Wanting(SubscriptionType.ObjectCov), sessions.Wanting(SubscriptionType.ServiceStatus), cancellationToken);
                break;
            case BroadcastReceived broadcast:
                DeliverBroadcast(broadcast, sessions.Wanting(SubscriptionType.BroadcastCommand));
                break;
        }
    }

    private void DeliverResources(IReadOnlyList<ChangedResource> changes, List<SubscriptionSession> sessions)
    {
        if (sessions.Count == 0)
        {
            return;
        }

        foreach (var change in changes)
        {
            var uri = MobiusUri.Parse(change.Uri);
            string? message = null;
            foreach (var session in sessions.Where(session => session.Matches(SubscriptionType.ResourceCov, uri)))
            {
                message ??= ResourceEvent(uri, change);
                if (message is not null)
                {
                    session.Send(message);
                }
            }
        }
    }

    private async Task DeliverObjectsAsync(
        IReadOnlyList<ChangedResource> changes, List<SubscriptionSession> objectSessions, List<SubscriptionSession> statusSessions, CancellationToken cancellationToken)
    {
        if (objectSessions.Count == 0 && statusSessions.Count == 0)
        {
            return;
        }

        foreach (var objectUri in changes.Select(change => MobiusUri.Parse(change.Uri).Parent!).Distinct())
        {
            var wantObject = objectSessions.Where(session => session.Matches(SubscriptionType.ObjectCov, objectUri)).ToList();
            var serviceUri = objectUri.Parent!.Parent!;
            var wantStatus = objectUri.Pid == ServiceStatusProfile.Pid && objectUri.Ins == ServiceStatusProfile.Ins
                ? statusSessions.Where(session => session.Matches(SubscriptionType.ServiceStatus, serviceUri)).ToList()
                : [];
            if (wantObject.Count + wantStatus.Count == 0 || await objects.FindAsync(objectUri, cancellationToken) is not { } instance)
            {
                continue;
            }

            var now = clock.Now();
            SendAll(wantObject, SubscriptionMessages.Event(now, SubscriptionType.ObjectCov, objectUri.ToString(), ObjectDocument.From(instance)));
            SendAll(wantStatus, SubscriptionMessages.Event(now, SubscriptionType.ServiceStatus, serviceUri.ToString(), ServiceStatusDocument.From(instance)));
        }
    }

    private void DeliverBroadcast(BroadcastReceived broadcast, List<SubscriptionSession> sessions)
    {
        var hubUri = MobiusUri.Parse(hub.Value.HubId);
        var wanting = sessions.Where(session => session.Matches(SubscriptionType.BroadcastCommand, hubUri)).ToList();
        if (wanting.Count == 0)
        {
            return;
        }

        var value = new JsonObject { ["cid"] = broadcast.CommandId, ["payload"] = JsonNode.Parse(broadcast.PayloadJson) };
        SendAll(wanting, SubscriptionMessages.Event(clock.Format(broadcast.IssuedAt), SubscriptionType.BroadcastCommand, hubUri.ToString(), value));
    }

    private string? ResourceEvent(MobiusUri uri, ChangedResource change)
    {
        if (profiles.Find(uri.Sid!, uri.Pid!)?.FindResource(uri.Rid!) is not { } profileResource)
        {
            return null;
        }

        var resource = profileResource.WithOverrides(SettingsOverridesJson.Read(change.SettingsJson));
        var document = ResourceDocument.From(resource, PriorityArrayJson.Read(change.PrarJson, resource));
        return SubscriptionMessages.Event(clock.Now(), SubscriptionType.ResourceCov, uri.ToString(), document);
    }

    private static void SendAll(List<SubscriptionSession> sessions, string message)
    {
        foreach (var session in sessions)
        {
            session.Send(message);
        }
    }
}
