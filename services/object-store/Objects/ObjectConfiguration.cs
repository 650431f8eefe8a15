using System.Text.Json;
using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Writes;
using Mobius.Micro.ObjectStore.Api;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// Applies an object's configuration, <c>[{"rid":"0B","settings":{"pv":"MF_00BCC0","units":"C"}}, ...]</c>,
/// to its priority arrays and settings overrides: <c>pv</c> replaces the value in slot 16 (the
/// object's own default; only <c>rw</c> resources, checked like an API write), the other settings
/// override the profile's (<see cref="SettingsOverrides.Names"/>; <c>null</c> removes an override).
/// With <c>keepMaskedSecrets</c> (changing a stored object), a write-only value given as
/// <c>"********"</c> (as reads show it) keeps the stored one, so a configuration read back can be
/// sent again unchanged.
/// </summary>
public static class ObjectConfiguration
{
    public static void Apply(
        ObjectProfile profile,
        IReadOnlyList<ResourceConfiguration> configuration,
        Dictionary<string, PriorityArray> arrays,
        Dictionary<string, SettingsOverrides> overrides,
        ISet<string> configured,
        bool keepMaskedSecrets)
    {
        foreach (var entry in configuration)
        {
            if (entry is null)
            {
                throw ApiErrors.InvalidRequest("each configuration entry must be an object {\"rid\",\"settings\"}");
            }

            var rid = UriParts.Normalize(UriPart.Rid, entry.Rid ?? "", out var invalid) ?? throw ApiErrors.InvalidRequest($"rid: {invalid}");
            if (!configured.Add(rid))
            {
                throw ApiErrors.DuplicateResource(rid);
            }

            var resource = profile.FindResource(rid) ?? throw ApiErrors.UnknownResource(profile.ProfileName, rid);
            var settings = entry.Settings ?? throw ApiErrors.MissingValue(rid);
            var resourceOverrides = overrides.GetValueOrDefault(rid) ?? SettingsOverrides.None;
            foreach (var (name, value) in settings.Where(setting => setting.Key != ResourceConfiguration.PresentValueSetting))
            {
                if (SettingsOverridesReader.Apply(resource, resourceOverrides, name, value, out resourceOverrides) is { } refused)
                {
                    throw ApiErrors.WriteRejected(refused);
                }
            }

            SetOverrides(overrides, rid, resourceOverrides);
            if (settings.TryGetValue(ResourceConfiguration.PresentValueSetting, out var json) && !(keepMaskedSecrets && IsMask(resource, json)))
            {
                if (ResourceWriteValidator.Validate(resource.WithOverrides(resourceOverrides), json, WriteOrigin.Client, out var value) is { } rejection)
                {
                    throw ApiErrors.WriteRejected(rejection);
                }

                arrays[rid].Write(PriorityArray.Default, value!);
            }
        }
    }

    /// <summary>Each required resource must be configured.</summary>
    public static void RequireAll(ObjectProfile profile, ISet<string> configured)
    {
        if (profile.Resources.FirstOrDefault(resource => resource.Required && !configured.Contains(resource.Rid)) is { } missing)
        {
            throw ApiErrors.MissingRequiredResource(missing);
        }
    }

    private static bool IsMask(ResourceDefinition resource, JsonElement json) =>
        resource.WriteOnly && json.ValueKind == JsonValueKind.String && json.GetString() == ResourceDefinition.WriteOnlyMask;

    private static void SetOverrides(Dictionary<string, SettingsOverrides> overrides, string rid, SettingsOverrides resourceOverrides)
    {
        if (resourceOverrides.IsEmpty)
        {
            overrides.Remove(rid);
        }
        else
        {
            overrides[rid] = resourceOverrides;
        }
    }
}
