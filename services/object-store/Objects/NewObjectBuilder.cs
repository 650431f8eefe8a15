using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectModel.Writes;
using Mobius.Micro.ObjectStore.Api;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// The priority arrays of a new object: every resource starts with its profile default in slot 16;
/// each configured value replaces that default (configuration is the object's own default, so
/// measured values and API writes at priority 15 and above override it and fall back to it when
/// cleared); <c>objectLastUpdated</c> is set to the creation time at priority 15. Every configured
/// value is checked like an API write, and every required resource must be configured.
/// </summary>
public static class NewObjectBuilder
{
    public static Dictionary<string, PriorityArray> Build(
        ObjectProfile profile, IReadOnlyList<ResourceConfiguration> configuration, DateTimeOffset createdAt)
    {
        var arrays = profile.Resources.ToDictionary(resource => resource.Rid, resource => new PriorityArray(resource.Default), StringComparer.Ordinal);
        var configured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in configuration)
        {
            var rid = UriParts.Normalize(UriPart.Rid, entry.Rid ?? "", out var invalid) ?? throw ApiErrors.InvalidRequest($"rid: {invalid}");
            if (!configured.Add(rid))
            {
                throw ApiErrors.DuplicateResource(rid);
            }

            var resource = profile.FindResource(rid) ?? throw ApiErrors.UnknownResource(profile.ProfileName, rid);
            var settings = entry.Settings ?? throw ApiErrors.MissingValue(rid);
            if (settings.Keys.FirstOrDefault(key => key != ResourceConfiguration.PresentValueSetting) is { } unsupported)
            {
                throw ApiErrors.UnsupportedSetting(rid, unsupported);
            }

            if (!settings.TryGetValue(ResourceConfiguration.PresentValueSetting, out var json))
            {
                throw ApiErrors.MissingValue(rid);
            }

            if (ResourceWriteValidator.Validate(resource, json, WriteOrigin.Client, out var value) is { } rejection)
            {
                throw ApiErrors.WriteRejected(rejection);
            }

            arrays[rid].Write(PriorityArray.Default, value!);
        }

        if (profile.Resources.FirstOrDefault(resource => resource.Required && !configured.Contains(resource.Rid)) is { } missing)
        {
            throw ApiErrors.MissingRequiredResource(missing);
        }

        if (arrays.TryGetValue(CommonResources.ObjectLastUpdated, out var lastUpdated))
        {
            lastUpdated.Write(PriorityArray.Measured, new DateTimeValue(createdAt));
        }

        return arrays;
    }
}
