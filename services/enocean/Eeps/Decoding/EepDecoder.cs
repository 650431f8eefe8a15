namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>Decodes telegrams with any <see cref="EepDefinition"/>: no code per EEP.</summary>
public static class EepDecoder
{
    /// <summary>Decodes with the catalog's definition of <paramref name="eep"/>; <c>UNKNOWN_EEP</c> when there is none.</summary>
    public static EepDecodeResult Decode(string eep, IRadioTelegram telegram, EepDirection direction = EepDirection.FromDevice) =>
        EepCatalog.TryGet(eep, out var definition) ? Decode(definition, telegram, direction) : EepDecodeResult.Failed(EnOceanErrorCode.UnknownEep);

    /// <summary>
    /// A teach-in telegram is reported as a teach-in, never decoded as data. Otherwise the
    /// telegram's RORG must be the EEP's (<c>RORG_MISMATCH</c>) and its payload is decoded as by
    /// <see cref="DecodeData(EepDefinition, ReadOnlySpan{byte}, byte, EepDirection)"/>.
    /// </summary>
    public static EepDecodeResult Decode(EepDefinition definition, IRadioTelegram telegram, EepDirection direction = EepDirection.FromDevice)
    {
        if (telegram.IsTeachIn)
        {
            return EepDecodeResult.TeachIn(definition, telegram);
        }

        return telegram.Rorg == definition.Rorg
            ? DecodeData(definition, telegram.Payload.Span, telegram.Status.Raw, direction)
            : EepDecodeResult.Failed(EnOceanErrorCode.RorgMismatch, definition);
    }

    /// <summary>Decodes a bare data payload with the catalog's definition of <paramref name="eep"/>; <c>UNKNOWN_EEP</c> when there is none.</summary>
    public static EepDecodeResult DecodeData(string eep, ReadOnlySpan<byte> payload, byte status, EepDirection direction = EepDirection.FromDevice) =>
        EepCatalog.TryGet(eep, out var definition) ? DecodeData(definition, payload, status, direction) : EepDecodeResult.Failed(EnOceanErrorCode.UnknownEep);

    /// <summary>
    /// Decodes <paramref name="payload"/> as a data telegram of the EEP: the caller states it is
    /// data, so its learn bit is not looked at. Errors: <c>PAYLOAD_TOO_SHORT</c>,
    /// <c>NO_MATCHING_CASE</c>.
    /// </summary>
    public static EepDecodeResult DecodeData(EepDefinition definition, ReadOnlySpan<byte> payload, byte status, EepDirection direction = EepDirection.FromDevice)
    {
        if (!CaseSelector.TrySelect(definition, payload, status, direction, out var matched, out var error))
        {
            return EepDecodeResult.Failed(error, definition);
        }

        var fields = new DecodedField[matched!.Fields.Count];
        FieldDecoder.Decode(matched, payload, fields);
        return EepDecodeResult.Decoded(definition, matched, fields, ResourceValueBuilder.Build(matched, fields));
    }

    /// <summary>
    /// The allocation-free form of <see cref="DecodeData(EepDefinition, ReadOnlySpan{byte}, byte, EepDirection)"/>:
    /// the fields go into <paramref name="destination"/>, which must hold
    /// <see cref="EepDefinition.MaxFieldCount"/> fields; <paramref name="fieldCount"/> says how many
    /// were written.
    /// </summary>
    public static bool TryDecodeData(
        EepDefinition definition,
        ReadOnlySpan<byte> payload,
        byte status,
        EepDirection direction,
        Span<DecodedField> destination,
        out int fieldCount,
        out EnOceanErrorCode error)
    {
        if (!CaseSelector.TrySelect(definition, payload, status, direction, out var matched, out error))
        {
            fieldCount = 0;
            return false;
        }

        fieldCount = FieldDecoder.Decode(matched!, payload, destination);
        return true;
    }
}
