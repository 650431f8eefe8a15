namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>Decodes telegrams with any <see cref="EepDefinition"/>: no code per EEP.</summary>
public static class EepDecoder
{
    /// <summary>Decodes with the catalog's definition of <paramref name="eep"/>; <c>UNKNOWN_EEP</c> when there is none.</summary>
    public static EepDecodeResult Decode(string eep, IRadioTelegram telegram) =>
        EepCatalog.TryGet(eep, out var definition) ? Decode(definition, telegram) : EepDecodeResult.Failed(EnOceanErrorCode.UnknownEep);

    /// <summary>
    /// A teach-in telegram is reported as a teach-in, never decoded as data. Otherwise the
    /// telegram's RORG must be the EEP's (<c>RORG_MISMATCH</c>) and its payload is decoded as by
    /// <see cref="DecodeData(EepDefinition, ReadOnlySpan{byte}, byte)"/>.
    /// </summary>
    public static EepDecodeResult Decode(EepDefinition definition, IRadioTelegram telegram)
    {
        if (telegram.IsTeachIn)
        {
            return EepDecodeResult.TeachIn(definition, telegram);
        }

        return telegram.Rorg == definition.Rorg
            ? DecodeData(definition, telegram.Payload.Span, telegram.Status.Raw)
            : EepDecodeResult.Failed(EnOceanErrorCode.RorgMismatch, definition);
    }

    /// <summary>Decodes a bare data payload with the catalog's definition of <paramref name="eep"/>; <c>UNKNOWN_EEP</c> when there is none.</summary>
    public static EepDecodeResult DecodeData(string eep, ReadOnlySpan<byte> payload, byte status) =>
        EepCatalog.TryGet(eep, out var definition) ? DecodeData(definition, payload, status) : EepDecodeResult.Failed(EnOceanErrorCode.UnknownEep);

    /// <summary>
    /// Decodes <paramref name="payload"/> as a data telegram of the EEP: the caller states it is
    /// data, so its learn bit is not looked at. Errors: <c>PAYLOAD_TOO_SHORT</c>,
    /// <c>NO_MATCHING_CASE</c>.
    /// </summary>
    public static EepDecodeResult DecodeData(EepDefinition definition, ReadOnlySpan<byte> payload, byte status)
    {
        EepCase? matchingCase = null;
        for (var index = 0; index < definition.Cases.Count && matchingCase is null; index++)
        {
            var candidate = definition.Cases[index];
            if (!ConditionsFit(candidate, payload.Length))
            {
                return EepDecodeResult.Failed(EnOceanErrorCode.PayloadTooShort, definition);
            }

            if (ConditionsHold(candidate, payload, status))
            {
                matchingCase = candidate;
            }
        }

        if (matchingCase is null)
        {
            return EepDecodeResult.Failed(EnOceanErrorCode.NoMatchingCase, definition);
        }

        var fieldDefinitions = matchingCase.Fields;
        for (var index = 0; index < fieldDefinitions.Count; index++)
        {
            if (!BitField.Fits(payload.Length, fieldDefinitions[index].BitOffset, fieldDefinitions[index].BitSize))
            {
                return EepDecodeResult.Failed(EnOceanErrorCode.PayloadTooShort, definition);
            }
        }

        var fields = new DecodedField[fieldDefinitions.Count];
        for (var index = 0; index < fields.Length; index++)
        {
            var field = fieldDefinitions[index];
            var raw = BitField.Read(payload, field.BitOffset, field.BitSize);
            fields[index] = new DecodedField(field, raw, field.ValueOf(raw));
        }

        return EepDecodeResult.Decoded(definition, fields, ResourceValues(matchingCase, fields));
    }

    private static bool ConditionsFit(EepCase candidate, int payloadLength)
    {
        for (var index = 0; index < candidate.Conditions.Count; index++)
        {
            var condition = candidate.Conditions[index];
            if (condition.Source == EepConditionSource.Data && !BitField.Fits(payloadLength, condition.BitOffset, condition.BitSize))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ConditionsHold(EepCase candidate, ReadOnlySpan<byte> payload, byte status)
    {
        ReadOnlySpan<byte> statusByte = [status];
        for (var index = 0; index < candidate.Conditions.Count; index++)
        {
            var condition = candidate.Conditions[index];
            var bits = condition.Source == EepConditionSource.Status ? statusByte : payload;
            if (BitField.Read(bits, condition.BitOffset, condition.BitSize) != condition.Value)
            {
                return false;
            }
        }

        return true;
    }

    private static List<ResourceValue> ResourceValues(EepCase matchingCase, DecodedField[] fields)
    {
        var values = new List<ResourceValue>(fields.Length + matchingCase.DerivedFlags.Count);
        foreach (var field in fields)
        {
            if (field.Resource is { } resource)
            {
                values.Add(resource.Type switch
                {
                    ResourceValueType.Bool => ResourceValue.Of(resource, field.Raw != 0),
                    ResourceValueType.Enum => ResourceValue.Of(resource, field.Raw),
                    _ => ResourceValue.Of(resource, field.Value),
                });
            }
        }

        for (var index = 0; index < matchingCase.DerivedFlags.Count; index++)
        {
            var flag = matchingCase.DerivedFlags[index];
            if (DerivedFlagEvaluator.Evaluate(flag, fields) is { } value)
            {
                values.Add(ResourceValue.Of(flag.Resource, value));
            }
        }

        return values;
    }
}
