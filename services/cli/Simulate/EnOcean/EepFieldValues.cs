using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>The raw values a simulated device may put in a field, and how they go into the payload.</summary>
public static class EepFieldValues
{
    /// <summary>
    /// The raw range a scaled field's scale covers (either direction), within what its bits hold;
    /// every value of its bits when it has no scale.
    /// </summary>
    public static (long Low, long High) ScaledRawRange(EepField field)
    {
        var largest = LargestRaw(field);
        if (field.Scale is not { } scale)
        {
            return (0, largest);
        }

        return ((long)Math.Clamp(Math.Min(scale.RawMin, scale.RawMax), 0, largest), (long)Math.Clamp(Math.Max(scale.RawMin, scale.RawMax), 0, largest));
    }

    /// <summary>The value a field that describes the device keeps: its last listed item (e.g. "sensor available"), else 0.</summary>
    public static long LastListed(EepField field) => field.EnumItems.Count > 0 ? field.EnumItems[^1].Min : 0;

    /// <summary>Writes the raw value, both parts of a split field (<see cref="EepField.LowBits"/>) included.</summary>
    public static void Write(Span<byte> payload, EepField field, long raw)
    {
        if (field.LowBits is { } low)
        {
            BitField.Write(payload, field.BitOffset, field.BitSize, raw >> low.BitSize);
            BitField.Write(payload, low.BitOffset, low.BitSize, raw);
            return;
        }

        BitField.Write(payload, field.BitOffset, field.BitSize, raw);
    }

    private static long LargestRaw(EepField field) => field.TotalBitSize >= 63 ? long.MaxValue : (1L << field.TotalBitSize) - 1;
}
