namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>
/// Reads every field of a case into a caller's buffer without allocating: raw values and enum
/// items first, then values and units, since a field's factor or unit may be selected by a
/// field that comes after it (A5-12: <c>MR</c> before <c>DIV</c> and <c>DT</c>).
/// </summary>
internal static class FieldDecoder
{
    public static int Decode(EepCase @case, ReadOnlySpan<byte> payload, Span<DecodedField> destination)
    {
        var layout = @case.Layout;
        var fields = layout.Fields;
        if (payload.Length < layout.MinimumLength)
        {
            throw new ArgumentException($"The case needs {layout.MinimumLength} bytes; the payload has {payload.Length}.", nameof(payload));
        }

        if (destination.Length < fields.Length)
        {
            throw new ArgumentException($"The buffer holds {destination.Length} fields; the case has {fields.Length}.", nameof(destination));
        }

        for (var index = 0; index < fields.Length; index++)
        {
            var field = fields[index];
            var raw = field.ReadFittingRaw(payload);
            var item = field.EnumItems.Count == 0 ? -1 : field.FindItem(raw);
            destination[index] = new DecodedField(field, raw, field.ValueOf(raw, item), item, item >= 0 ? field.EnumItems[item].Unit ?? field.Unit : field.Unit);
        }

        for (var index = 0; index < fields.Length; index++)
        {
            var factorSelector = layout.FactorSelectors[index];
            var unitSelector = layout.UnitSelectors[index];
            if (factorSelector < 0 && unitSelector < 0)
            {
                continue;
            }

            var field = fields[index];
            var decoded = destination[index];
            var value = factorSelector < 0 ? decoded.Value : decoded.Value * field.Factor!.FactorFor(destination[factorSelector].Raw);
            var unit = unitSelector < 0 ? decoded.Unit : field.UnitSelector!.UnitFor(destination[unitSelector].Raw) ?? decoded.Unit;
            destination[index] = decoded with { Value = value, Unit = unit };
        }

        return fields.Length;
    }
}
