using System.Text.Json.Nodes;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>Changed resources as subscribers may see them: write-only values (PSKs) masked before they leave the write path.</summary>
public static class ChangedResources
{
    public static ChangedResource From(MobiusUri objectUri, ResourceDefinition resource, PriorityArray array, SettingsOverrides? overrides) => new()
    {
        Uri = objectUri.WithRid(resource.Rid).ToString(),
        PrarJson = resource.WriteOnly ? Masked(array) : PriorityArrayJson.Write(array),
        SettingsJson = SettingsOverridesJson.Write(overrides),
    };

    public static ChangedResource? From(StoredResource stored, ProfileCatalog profiles)
    {
        var uri = stored.ResourceUri;
        if (profiles.Find(uri.Sid!, uri.Pid!)?.FindResource(uri.Rid!) is not { } resource)
        {
            return null;
        }

        return new ChangedResource
        {
            Uri = uri.ToString(),
            PrarJson = resource.WriteOnly ? Masked(PriorityArrayJson.Read(stored.PrarJson, resource)) : stored.PrarJson,
            SettingsJson = stored.SettingsJson,
        };
    }

    private static string Masked(PriorityArray array) =>
        new JsonArray([.. array.Slots.Select(slot => slot is null ? null : JsonValue.Create(ResourceDefinition.WriteOnlyMask))]).ToJsonString();
}
