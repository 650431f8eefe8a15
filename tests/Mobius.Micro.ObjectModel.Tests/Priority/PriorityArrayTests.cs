using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectModel.Writes;

namespace Mobius.Micro.ObjectModel.Tests.Priority;

public sealed class PriorityArrayTests
{
    [Fact]
    public void A_new_array_has_sixteen_slots_with_only_the_default_in_slot_16()
    {
        var array = new PriorityArray(new NumberValue(0));

        Assert.Equal(16, array.Slots.Count);
        Assert.All(array.Slots.Take(15), Assert.Null);
        Assert.Equal(new NumberValue(0), array[16]);
        Assert.Equal(new NumberValue(0), array.PresentValue);
    }

    [Fact]
    public void The_present_value_is_the_highest_slot_holding_a_value()
    {
        var array = new PriorityArray(new NumberValue(0));

        array.Write(15, new NumberValue(19.2));
        Assert.Equal(new NumberValue(19.2), array.PresentValue);

        array.Write(8, new NumberValue(21));
        Assert.Equal(new NumberValue(21), array.PresentValue);

        array.Write(1, new NumberValue(5));
        Assert.Equal(new NumberValue(5), array.PresentValue);
        Assert.Equal(new NumberValue(21), array[8]);
    }

    [Fact]
    public void Clearing_a_higher_priority_falls_back_to_the_next_slot()
    {
        var array = new PriorityArray(new NumberValue(0));
        array.Write(15, new NumberValue(19.2));
        array.Write(8, new NumberValue(21));

        array.Clear(8);
        Assert.Equal(new NumberValue(19.2), array.PresentValue);
        Assert.Null(array[8]);

        array.Clear(15);
        Assert.Equal(new NumberValue(0), array.PresentValue);
    }

    [Fact]
    public void A_write_at_16_replaces_the_default()
    {
        var array = new PriorityArray(new StringValue(""));

        array.Write(16, new StringValue("MF_00BCC0"));

        Assert.Equal(new StringValue("MF_00BCC0"), array.PresentValue);
    }

    [Fact]
    public void Slot_16_cannot_be_cleared()
    {
        var array = new PriorityArray(new BoolValue(true));

        Assert.Equal(WriteRejectionReasons.DefaultNotClearable, PriorityArray.CheckClear(16)?.Reason);
        Assert.Throws<ArgumentOutOfRangeException>(() => array.Clear(16));
        Assert.Equal(new BoolValue(true), array.PresentValue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(-1)]
    public void Priorities_outside_1_to_16_are_refused(int priority)
    {
        var array = new PriorityArray(new NumberValue(0));

        Assert.Equal(WriteRejectionReasons.InvalidPriority, PriorityArray.CheckWrite(priority)?.Reason);
        Assert.Equal(WriteRejectionReasons.InvalidPriority, PriorityArray.CheckClear(priority)?.Reason);
        Assert.Throws<ArgumentOutOfRangeException>(() => array.Write(priority, new NumberValue(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => array.Clear(priority));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    public void Priorities_1_to_16_may_be_written(int priority)
    {
        Assert.Null(PriorityArray.CheckWrite(priority));
    }

    [Fact]
    public void A_value_of_another_type_is_refused()
    {
        var array = new PriorityArray(new NumberValue(0));

        Assert.Throws<ArgumentException>(() => array.Write(15, new StringValue("19.2")));
    }

    [Fact]
    public void Restores_from_slots()
    {
        ResourceValue?[] slots = [.. Enumerable.Repeat<ResourceValue?>(null, 14), new NumberValue(19.2), new NumberValue(0)];

        var array = new PriorityArray(slots);

        Assert.Equal(new NumberValue(19.2), array.PresentValue);
        Assert.Equal(slots, array.Slots);
    }

    [Fact]
    public void Restoring_needs_sixteen_slots_of_one_type_with_a_default()
    {
        Assert.Throws<ArgumentException>(() => new PriorityArray(new ResourceValue?[15]));
        Assert.Throws<ArgumentException>(() => new PriorityArray(new ResourceValue?[16]));
        ResourceValue?[] mixed = [new StringValue("x"), .. Enumerable.Repeat<ResourceValue?>(null, 14), new NumberValue(0)];
        Assert.Throws<ArgumentException>(() => new PriorityArray(mixed));
    }
}
