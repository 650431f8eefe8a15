using System.Text.Json;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Services;

namespace Mobius.Micro.ObjectStore.Node;

/// <summary>Takes a <see cref="BackupDocument"/> of a hub; write-only values are masked unless <c>secrets</c> is asked (admins only).</summary>
public sealed class NodeBackup(ObjectRepository objects, ServiceRepository services, ApiClock clock)
{
    public async Task<BackupDocument> TakeAsync(string hid, bool secrets, CancellationToken cancellationToken)
    {
        var stored = await objects.FindAllAsync(hid, null, null, null, cancellationToken);
        var registered = await services.ListAsync(hid, cancellationToken);
        return new BackupDocument(
            BackupDocument.FormatName,
            BackupDocument.CurrentVersion,
            hid,
            clock.Now(),
            secrets,
            [.. registered.Select(service => new BackupService(service.Sid, service.Name, service.State, JsonSerializer.Deserialize<JsonElement>(service.SettingsJson)))],
            [.. stored.Where(found => Profiles.ProfileCatalog.IsCreatable(found.Profile)).Select(found => Backup(found, secrets))]);
    }

    private static BackupObject Backup(ObjectInstance instance, bool secrets) => new(
        instance.Uri.ToString(),
        instance.Profile.ProfileName,
        instance.Profile.Resources.ToDictionary(
            resource => resource.Rid,
            resource => new BackupResource(
                Slots(resource, instance.PriorityArrayOf(resource).Slots, secrets),
                instance.Overrides.TryGetValue(resource.Rid, out var overrides) ? JsonSerializer.SerializeToNode(overrides)!.AsObject() : null),
            StringComparer.Ordinal));

    private static JsonArray Slots(ResourceDefinition resource, IReadOnlyList<ObjectModel.Values.ResourceValue?> slots, bool secrets) =>
        [.. slots.Select(slot => slot switch
        {
            null => null,
            _ when resource.WriteOnly && !secrets => JsonValue.Create(ResourceDefinition.WriteOnlyMask),
            _ => slot.ToJson(),
        })];
}
