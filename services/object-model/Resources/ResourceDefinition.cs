using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Resources;

/// <summary>One resource of an object profile: its RID, name, type, settings and default (slot 16 of its priority array).</summary>
public sealed record ResourceDefinition
{
    /// <summary>Two upper-case hex digits; <c>0A</c>..<c>3F</c> configuration, <c>40</c> and up data.</summary>
    public required string Rid { get; init; }

    /// <summary>camelCase name, e.g. <c>serialNumber</c>.</summary>
    public required string Name { get; init; }

    public required ResourceType Type { get; init; }

    public ResourceSettings Settings { get; init; } = ResourceSettings.ReadOnly;

    /// <summary>The profile's default, held in slot 16; by default that of <see cref="ResourceValue.DefaultFor"/>.</summary>
    public ResourceValue Default
    {
        get => field ??= ResourceValue.DefaultFor(Type, Settings.Enum);
        init;
    }

    /// <summary>Must be given when an object of the profile is created (e.g. a connector's serial number and PSK).</summary>
    public bool Required { get; init; }

    /// <summary>
    /// Its value identifies the object within its hub and service (a connector's serial, a device's
    /// sender id): no two objects share it, and the bus looks objects up by it.
    /// </summary>
    public bool Unique { get; init; }

    /// <summary>A secret: written, never read back. Every read answers <see cref="WriteOnlyMask"/> for each slot that holds a value.</summary>
    public bool WriteOnly { get; init; }

    /// <summary>Extra constraints on a string value, if any.</summary>
    public TextRule? TextRule { get; init; }

    /// <summary>What a read shows in place of a write-only value.</summary>
    public const string WriteOnlyMask = "********";

    /// <summary>This resource as one object has it: the profile's definition with the object's settings overrides applied.</summary>
    public ResourceDefinition WithOverrides(SettingsOverrides? overrides) =>
        overrides is null || overrides.IsEmpty ? this : this with { Settings = overrides.ApplyTo(Settings) };
}
