namespace Mobius.Micro.EnOcean.Eeps.Commands;

/// <summary>
/// Builds a payload from an EEP case, the reverse of decoding: each field gets the raw value the
/// caller gives (0 when it gives none), the case's data conditions are written, and a 4BS payload
/// is marked a data telegram (learn bit DB0.3 = 1). The field layout comes from the definition,
/// so every bidirectional EEP can be encoded without code of its own.
/// </summary>
public static class EepEncoder
{
    private const int FourBsLearnBit = 28;

    /// <exception cref="ArgumentException">A shortcut the case does not have, or a value that does not fit its field.</exception>
    public static byte[] Encode(EepDefinition definition, EepCase @case, IReadOnlyDictionary<string, long> rawValues)
    {
        var payload = new byte[definition.Rorg == Rorg.FourBs ? 4 : @case.MinimumLength];
        if (definition.Rorg == Rorg.FourBs)
        {
            BitField.Write(payload, FourBsLearnBit, 1, 1);
        }

        foreach (var (shortcut, raw) in rawValues)
        {
            var field = @case.Fields.FirstOrDefault(candidate => candidate.Shortcut == shortcut)
                ?? throw new ArgumentException($"{definition.Eep} {@case.Title}: no field {shortcut}.", nameof(rawValues));
            Write(payload, field, raw);
        }

        foreach (var condition in @case.Conditions.Where(condition => condition.Source == EepConditionSource.Data))
        {
            BitField.Write(payload, condition.BitOffset, condition.BitSize, condition.Min);
        }

        return payload;
    }

    /// <summary>The raw value of <paramref name="field"/> closest to the engineering <paramref name="value"/>, by its scale or its scaled item.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside every range the field defines.</exception>
    public static long RawOf(EepField field, double value)
    {
        if (field.Scale is { } scale && WithinScale(scale, value))
        {
            return scale.RawOf(value);
        }

        foreach (var item in field.EnumItems)
        {
            if (item.Scale is { } itemScale && WithinScale(itemScale, value))
            {
                return itemScale.RawOf(value);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{field.Shortcut} has no range holding this value.");
    }

    private static bool WithinScale(LinearScale scale, double value) =>
        value >= Math.Min(scale.ScaledMin, scale.ScaledMax) && value <= Math.Max(scale.ScaledMin, scale.ScaledMax);

    private static void Write(byte[] payload, EepField field, long raw)
    {
        var maximum = (1L << field.TotalBitSize) - 1;
        if (field.IsSigned ? raw < -(maximum + 1) / 2 || raw > maximum / 2 : raw < 0 || raw > maximum)
        {
            throw new ArgumentException($"{field.Shortcut}: {raw} does not fit {field.TotalBitSize} bits.", nameof(raw));
        }

        if (field.LowBits is { } low)
        {
            BitField.Write(payload, field.BitOffset, field.BitSize, raw >> low.BitSize);
            BitField.Write(payload, low.BitOffset, low.BitSize, raw);
        }
        else
        {
            BitField.Write(payload, field.BitOffset, field.BitSize, raw);
        }
    }
}
