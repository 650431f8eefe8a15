using System.Text.Json;
using Mobius.Micro.ObjectModel.Resources;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>The stored form of a resource's settings overrides: the JSON object of the overridden settings, or SQL null when there are none.</summary>
internal static class SettingsOverridesJson
{
    public static string? Write(SettingsOverrides? overrides) =>
        overrides is null || overrides.IsEmpty ? null : JsonSerializer.Serialize(overrides);

    public static SettingsOverrides? Read(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<SettingsOverrides>(json);
}
