using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// A stored object being changed inside its transaction: copies of its priority arrays and settings
/// overrides to change, the values written (for history) and whether it moves to another INS.
/// <see cref="ObjectEditor"/> stores what changed.
/// </summary>
public sealed class ObjectDraft
{
    private readonly List<(string Rid, ResourceValue Value)> written = [];
    private readonly HashSet<string> measuredSlotWritten = new(StringComparer.Ordinal);

    public ObjectDraft(ObjectInstance stored)
    {
        Stored = stored;
        Arrays = stored.Profile.Resources.ToDictionary(resource => resource.Rid, resource => stored.PriorityArrayOf(resource).Copy(), StringComparer.Ordinal);
        Overrides = new Dictionary<string, SettingsOverrides>(stored.Overrides, StringComparer.Ordinal);
    }

    public ObjectInstance Stored { get; }

    public ObjectProfile Profile => Stored.Profile;

    public Dictionary<string, PriorityArray> Arrays { get; }

    public Dictionary<string, SettingsOverrides> Overrides { get; }

    /// <summary>The INS the object moves to, if it moves.</summary>
    public string? NewIns { get; private set; }

    public MobiusUri Uri => NewIns is null ? Stored.Uri : Stored.Uri.Parent!.WithIns(NewIns);

    /// <summary>Values written, in order, for history.</summary>
    public IReadOnlyList<(string Rid, ResourceValue Value)> Written => written;

    /// <summary>Resources whose slot 15 was written: a report observed before now must not overwrite it.</summary>
    public IReadOnlySet<string> MeasuredSlotWritten => measuredSlotWritten;

    /// <summary>Resource <paramref name="rid"/> as the object has it now (overrides applied), or <see langword="null"/>.</summary>
    public ResourceDefinition? FindResource(string rid) =>
        Profile.FindResource(rid) is { } resource ? resource.WithOverrides(Overrides.GetValueOrDefault(rid)) : null;

    /// <summary>Writes an already validated value at <paramref name="priority"/>.</summary>
    public void Write(ResourceDefinition resource, int priority, ResourceValue value)
    {
        Arrays[resource.Rid].Write(priority, value);
        written.Add((resource.Rid, value));
        if (priority == PriorityArray.Measured)
        {
            measuredSlotWritten.Add(resource.Rid);
        }
    }

    public void Clear(ResourceDefinition resource, int priority)
    {
        Arrays[resource.Rid].Clear(priority);
        if (priority == PriorityArray.Measured)
        {
            measuredSlotWritten.Add(resource.Rid);
        }
    }

    public void MoveTo(string ins) => NewIns = ins == Stored.Uri.Ins ? null : ins;

    /// <summary>The object as it will be stored.</summary>
    public ObjectInstance ToInstance() => new(Uri, Profile, Arrays, Overrides);
}
