using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>
/// An object about to be stored: its URI (<see cref="Uri"/> at INS level), the priority array and
/// settings overrides of each resource, the value of its unique resource, if the profile has one,
/// and when its priority-15 values were written (the time a later report must not be older than).
/// </summary>
public sealed record NewObject(
    MobiusUri Uri,
    IReadOnlyDictionary<string, PriorityArray> PriorityArrays,
    IReadOnlyDictionary<string, SettingsOverrides> Overrides,
    string? UniqueKey,
    DateTimeOffset? MeasuredAt);
