using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Persistence;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// A new object from its profile and configuration: every resource starts with its profile default
/// in slot 16; the configuration replaces defaults and overrides settings (<see cref="ObjectConfiguration"/>),
/// so measured values and API writes at priority 15 and above override it and fall back to it when
/// cleared; <c>objectLastUpdated</c> is set to the creation time at priority 15 (not as a
/// measurement: the first report replaces it, whenever it was observed). Every required resource
/// must be configured.
/// </summary>
public static class NewObjectBuilder
{
    /// <param name="uri">The object's URI, or its profile's (<c>HID/SID/PID</c>) for the first free INS.</param>
    public static NewObject Build(MobiusUri uri, ObjectProfile profile, IReadOnlyList<ResourceConfiguration> configuration, DateTimeOffset createdAt)
    {
        var arrays = profile.Resources.ToDictionary(resource => resource.Rid, resource => new PriorityArray(resource.Default), StringComparer.Ordinal);
        var overrides = new Dictionary<string, SettingsOverrides>(StringComparer.Ordinal);
        var configured = new HashSet<string>(StringComparer.Ordinal);
        ObjectConfiguration.Apply(profile, configuration, arrays, overrides, configured, keepMaskedSecrets: false);
        ObjectConfiguration.RequireAll(profile, configured);
        if (CommonResources.ObjectLastUpdatedOf(profile) is { } lastUpdated)
        {
            arrays[lastUpdated.Rid].Write(PriorityArray.Measured, new DateTimeValue(createdAt));
        }

        return new NewObject(uri, arrays, overrides, UniqueKeyOf(profile, arrays), MeasuredAt: null);
    }

    /// <summary>The present value of the profile's unique resource (serial number, sender id), if it has one.</summary>
    public static string? UniqueKeyOf(ObjectProfile profile, IReadOnlyDictionary<string, PriorityArray> arrays) =>
        profile.UniqueResource is { } unique ? ((StringValue)arrays[unique.Rid].PresentValue).Value : null;
}
