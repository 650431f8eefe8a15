namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>Works out an <see cref="EepDerivedFlag"/> from the fields decoded for its case.</summary>
internal static class DerivedFlagEvaluator
{
    /// <summary>True, false, or null when the telegram says nothing about the flag.</summary>
    public static bool? Evaluate(EepDerivedFlag flag, ReadOnlySpan<DecodedField> fields)
    {
        if (AnyClauseHolds(flag.TrueWhen, fields))
        {
            return true;
        }

        return AnyClauseHolds(flag.FalseWhen, fields) ? false : null;
    }

    private static bool AnyClauseHolds(IReadOnlyList<IReadOnlyList<EepFieldMatch>> clauses, ReadOnlySpan<DecodedField> fields)
    {
        for (var clause = 0; clause < clauses.Count; clause++)
        {
            if (AllMatchesHold(clauses[clause], fields))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllMatchesHold(IReadOnlyList<EepFieldMatch> matches, ReadOnlySpan<DecodedField> fields)
    {
        for (var index = 0; index < matches.Count; index++)
        {
            if (!Holds(matches[index], fields))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Holds(EepFieldMatch match, ReadOnlySpan<DecodedField> fields)
    {
        foreach (var field in fields)
        {
            if (field.Shortcut == match.Shortcut)
            {
                return field.Raw == match.Raw;
            }
        }

        return false;
    }
}
