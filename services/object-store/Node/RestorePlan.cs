using System.Text.Json;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;

namespace Mobius.Micro.ObjectStore.Node;

/// <summary>
/// A backup document checked against this store before anything is changed: each object of this
/// hub, of a service and profile here, each resource of its profile with 16 slots of its type (slot
/// 16 set) and valid settings overrides. Write-only slots given as <c>"********"</c> are listed to
/// be kept from the stored object.
/// </summary>
public sealed class RestorePlan
{
    private RestorePlan(List<NewObject> objects, List<(MobiusUri Resource, int Slot)> maskedSecrets, List<BackupService> services)
    {
        Objects = objects;
        MaskedSecrets = maskedSecrets;
        Services = services;
    }

    public List<NewObject> Objects { get; }

    /// <summary>Write-only slots whose value the backup does not have (resource URI, priority).</summary>
    public List<(MobiusUri Resource, int Slot)> MaskedSecrets { get; }

    public List<BackupService> Services { get; }

    public static RestorePlan Check(BackupDocument backup, string hid, ProfileCatalog profiles)
    {
        if (!string.Equals(backup.Hid, hid, StringComparison.OrdinalIgnoreCase))
        {
            throw NodeErrors.InvalidBackup($"the backup is of hub {backup.Hid}, not {hid}");
        }

        var masked = new List<(MobiusUri, int)>();
        var objects = new List<NewObject>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in backup.Objects)
        {
            var created = CheckObject(entry, hid, profiles, masked);
            if (!seen.Add(created.Uri.ToString()))
            {
                throw NodeErrors.InvalidBackup($"object {created.Uri} appears twice");
            }

            objects.Add(created);
        }

        foreach (var service in backup.Services)
        {
            if (service?.Sid is null || !profiles.HasService(service.Sid.ToUpperInvariant())
                || string.IsNullOrWhiteSpace(service.Name) || service.State is not (Mobius.Micro.ObjectStore.Services.ServiceRecord.Running or Mobius.Micro.ObjectStore.Services.ServiceRecord.Stopped)
                || service.Settings.ValueKind != JsonValueKind.Object)
            {
                throw NodeErrors.InvalidBackup($"service {service?.Sid}: needs a SID of this store, a name, a state (running or stopped) and settings {{}}");
            }
        }

        return new RestorePlan(objects, masked, [.. backup.Services]);
    }

    private static NewObject CheckObject(BackupObject entry, string hid, ProfileCatalog profiles, List<(MobiusUri, int)> masked)
    {
        if (entry?.Uri is null || !MobiusUri.TryParse(entry.Uri, out var uri, out _) || uri.Level != UriPart.Ins || uri.Hid != hid)
        {
            throw NodeErrors.InvalidBackup($"object '{entry?.Uri}': not an object URI of hub {hid}");
        }

        if (profiles.Find(uri.Sid!, uri.Pid!) is not { } profile || !ProfileCatalog.IsCreatable(profile))
        {
            throw NodeErrors.InvalidBackup($"object {uri}: service {uri.Sid} has no restorable profile {uri.Pid}");
        }

        if (entry.ProfileName is { } name && name != profile.ProfileName)
        {
            throw NodeErrors.InvalidBackup($"object {uri}: profile {uri.Pid} is {profile.ProfileName} here, not {name}");
        }

        var arrays = profile.Resources.ToDictionary(resource => resource.Rid, resource => new PriorityArray(resource.Default), StringComparer.Ordinal);
        var overrides = new Dictionary<string, SettingsOverrides>(StringComparer.Ordinal);
        foreach (var (rid, resource) in entry.Resources ?? new Dictionary<string, BackupResource>())
        {
            var definition = profile.FindResource(rid.ToUpperInvariant())
                ?? throw NodeErrors.InvalidBackup($"object {uri}: profile {profile.ProfileName} has no resource {rid}");
            arrays[definition.Rid] = Slots(uri.WithRid(definition.Rid), definition, resource?.Prar, masked);
            if (resource?.Settings is { } settings && Overrides(uri, definition, settings) is { IsEmpty: false } resourceOverrides)
            {
                overrides[definition.Rid] = resourceOverrides;
            }
        }

        return new NewObject(uri, arrays, overrides, NewObjectBuilder.UniqueKeyOf(profile, arrays), MeasuredAt: null);
    }

    private static PriorityArray Slots(MobiusUri resourceUri, ResourceDefinition resource, JsonArray? prar, List<(MobiusUri, int)> masked)
    {
        if (prar is not { Count: PriorityArray.Size })
        {
            throw NodeErrors.InvalidBackup($"{resourceUri}: prar must have {PriorityArray.Size} slots");
        }

        var slots = new ResourceValue?[PriorityArray.Size];
        for (var index = 0; index < PriorityArray.Size; index++)
        {
            if (prar[index] is not { } slot)
            {
                continue;
            }

            var json = JsonSerializer.SerializeToElement(slot);
            if (resource.WriteOnly && json.ValueKind == JsonValueKind.String && json.GetString() == ResourceDefinition.WriteOnlyMask)
            {
                masked.Add((resourceUri, index + 1));
                slots[index] = resource.Default;
                continue;
            }

            slots[index] = ResourceValueReader.TryRead(json, resource.Type, out var value)
                ? value
                : throw NodeErrors.InvalidBackup($"{resourceUri}: slot {index + 1} is not a {resource.Type.JsonName()}");
        }

        return slots[PriorityArray.Default - 1] is null
            ? throw NodeErrors.InvalidBackup($"{resourceUri}: slot {PriorityArray.Default} (the default) must hold a value")
            : new PriorityArray(slots);
    }

    private static SettingsOverrides Overrides(MobiusUri uri, ResourceDefinition resource, JsonObject settings)
    {
        var overrides = SettingsOverrides.None;
        foreach (var (name, value) in settings)
        {
            if (SettingsOverridesReader.Apply(resource, overrides, name, JsonSerializer.SerializeToElement(value), out overrides) is { } refused)
            {
                throw NodeErrors.InvalidBackup($"{uri.WithRid(resource.Rid)}: {refused.Message}");
            }
        }

        return overrides;
    }
}
