using Mobius.Micro.ObjectModel.Uris;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>A resource as stored after a write: its URI, priority array and settings overrides as JSON (overrides null when none).</summary>
public sealed record StoredResource(MobiusUri ResourceUri, string PrarJson, string? SettingsJson);
