namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>A bit range that must hold <see cref="Value"/> for an <see cref="EepCase"/> to apply.</summary>
public sealed record EepCondition(EepConditionSource Source, int BitOffset, int BitSize, long Value)
{
    public static EepCondition Status(int bitOffset, int bitSize, long value) => new(EepConditionSource.Status, bitOffset, bitSize, value);

    public static EepCondition Data(int bitOffset, int bitSize, long value) => new(EepConditionSource.Data, bitOffset, bitSize, value);
}
