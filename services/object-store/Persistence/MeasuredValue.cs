using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>
/// A value a service measured, for priority 15 of one resource, observed at <see cref="ObservedAt"/>.
/// <see cref="KeepHistory"/> is false for write-only resources, whose values never go to history.
/// </summary>
public sealed record MeasuredValue(MobiusUri ObjectUri, string Rid, ResourceValue Value, DateTimeOffset ObservedAt, bool KeepHistory = true);
