namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>
/// Picks the case of an EEP a payload follows: the first whose direction fits, whose conditions
/// hold and whose fields the payload holds. When none does, a case whose conditions held as far as
/// the payload reached makes it <c>PAYLOAD_TOO_SHORT</c>, otherwise <c>NO_MATCHING_CASE</c>.
/// </summary>
internal static class CaseSelector
{
    public static bool TrySelect(EepDefinition definition, ReadOnlySpan<byte> payload, byte status, EepDirection direction, out EepCase? selected, out EnOceanErrorCode error)
    {
        var tooShort = false;
        var cases = definition.Cases;
        for (var index = 0; index < cases.Count; index++)
        {
            var candidate = cases[index];
            if (!candidate.AppliesTo(direction) || !ConditionsHoldAsFarAsTheyFit(candidate.Layout.Conditions, payload, status, out var allFit))
            {
                continue;
            }

            if (allFit && payload.Length >= candidate.Layout.MinimumLength)
            {
                selected = candidate;
                error = default;
                return true;
            }

            tooShort = true;
        }

        selected = null;
        error = tooShort ? EnOceanErrorCode.PayloadTooShort : EnOceanErrorCode.NoMatchingCase;
        return false;
    }

    private static bool ConditionsHoldAsFarAsTheyFit(EepCondition[] conditions, ReadOnlySpan<byte> payload, byte status, out bool allFit)
    {
        allFit = true;
        ReadOnlySpan<byte> statusByte = [status];
        foreach (var condition in conditions)
        {
            var bits = condition.Source == EepConditionSource.Status ? statusByte : payload;
            if (!BitField.Fits(bits.Length, condition.BitOffset, condition.BitSize))
            {
                allFit = false;
                continue;
            }

            if (!condition.Accepts(BitField.Read(bits, condition.BitOffset, condition.BitSize)))
            {
                return false;
            }
        }

        return true;
    }
}
