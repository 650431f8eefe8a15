using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectModel.Writes;

namespace Mobius.Micro.ObjectModel.Priority;

/// <summary>
/// The 16 slots of a resource, slot 1 highest. The present value (<c>pv</c>) is the value of the
/// highest slot that holds one. Slot 16 is the relinquish default: it always holds a value (the
/// profile's default, or the object's configured value), can be replaced by a write at 16, and is
/// never cleared, so a resource always has a present value.
/// </summary>
public sealed class PriorityArray
{
    public const int Size = 16;
    public const int Highest = 1;

    /// <summary>Where services write what they measure, and where API writes go unless they name another priority.</summary>
    public const int Measured = 15;

    /// <summary>The slot of the default.</summary>
    public const int Default = 16;

    private readonly ResourceValue?[] slots = new ResourceValue?[Size];

    public PriorityArray(ResourceValue defaultValue) => slots[Default - 1] = defaultValue;

    /// <summary>Restores an array from its 16 slots (slot 1 first); slot 16 must hold a value.</summary>
    public PriorityArray(IReadOnlyList<ResourceValue?> slots)
    {
        if (slots.Count != Size || slots[Default - 1] is null)
        {
            throw new ArgumentException($"a priority array has {Size} slots and a value in slot {Default}", nameof(slots));
        }

        var type = slots[Default - 1]!.Type;
        for (var index = 0; index < Size; index++)
        {
            if (slots[index] is { } value && value.Type != type)
            {
                throw new ArgumentException($"slot {index + 1} holds a {value.Type.JsonName()}, slot {Default} a {type.JsonName()}", nameof(slots));
            }

            this.slots[index] = slots[index];
        }
    }

    /// <summary>An independent copy of this array.</summary>
    public PriorityArray Copy() => new(slots);

    /// <summary>The priority of the present value: that of the highest slot holding one (1..16).</summary>
    public int ActivePriority => Array.FindIndex(slots, slot => slot is not null) + 1;

    /// <summary>The present value: that of the highest slot holding one.</summary>
    public ResourceValue PresentValue => slots.First(slot => slot is not null)!;

    /// <summary>The 16 slots, slot 1 first.</summary>
    public IReadOnlyList<ResourceValue?> Slots => slots;

    /// <summary>The value at <paramref name="priority"/> (1..16), or <see langword="null"/>.</summary>
    public ResourceValue? this[int priority] => slots[Checked(priority, CheckWrite(priority)) - 1];

    /// <summary>Why a write at <paramref name="priority"/> is refused, or <see langword="null"/> if it is allowed (1..16).</summary>
    public static WriteRejection? CheckWrite(int priority) =>
        priority is >= Highest and <= Default
            ? null
            : new WriteRejection(WriteRejectionReasons.InvalidPriority, $"priority must be {Highest}..{Default}, not {priority}");

    /// <summary>Why clearing <paramref name="priority"/> is refused, or <see langword="null"/> if it is allowed (1..15).</summary>
    public static WriteRejection? CheckClear(int priority) =>
        priority == Default
            ? new WriteRejection(WriteRejectionReasons.DefaultNotClearable, $"slot {Default} holds the default; write a new default instead of clearing it")
            : CheckWrite(priority);

    /// <summary>The type of every value in the array: that of its default.</summary>
    public ResourceType Type => slots[Default - 1]!.Type;

    public void Write(int priority, ResourceValue value)
    {
        if (value.Type != Type)
        {
            throw new ArgumentException($"this array holds {Type.JsonName()} values, not {value.Type.JsonName()}", nameof(value));
        }

        slots[Checked(priority, CheckWrite(priority)) - 1] = value;
    }

    public void Clear(int priority) =>
        slots[Checked(priority, CheckClear(priority)) - 1] = null;

    private static int Checked(int priority, WriteRejection? rejection) =>
        rejection is null ? priority : throw new ArgumentOutOfRangeException(nameof(priority), priority, rejection.Message);
}
