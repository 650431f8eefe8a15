namespace Mobius.Micro.ObjectModel.Uris;

/// <summary>
/// A URI filter for subscriptions and discovery, with MQTT wildcard rules: <c>+</c> matches
/// exactly one level, <c>#</c> (only as the last level) matches this level and all deeper ones,
/// so <c>000001/022/#</c> matches <c>000001/022</c> itself and everything below it.
/// Literal levels follow the URI syntax (fixed-length hex, either case).
/// </summary>
public sealed class MobiusUriPattern
{
    public const string SingleLevel = "+";
    public const string MultiLevel = "#";

    private readonly string[] levels;

    private MobiusUriPattern(string[] levels) => this.levels = levels;

    /// <summary>Parses a pattern; throws <see cref="InvalidUriException"/> naming the bad part.</summary>
    public static MobiusUriPattern Parse(string text)
    {
        var levels = text.Split('/');
        if (levels.Length > UriParts.Count)
        {
            throw new InvalidUriException(null, $"'{text}' has more than {UriParts.Count} levels (HID/SID/PID/INS/RID)");
        }

        for (var index = 0; index < levels.Length; index++)
        {
            var part = (UriPart)index;
            levels[index] = levels[index] switch
            {
                SingleLevel => SingleLevel,
                MultiLevel when index == levels.Length - 1 => MultiLevel,
                MultiLevel => throw new InvalidUriException(part, $"'#' at {UriParts.NameOf(part)} must be the last level"),
                var literal => UriParts.Normalize(part, literal, out var reason)
                    ?? throw new InvalidUriException(part, reason!),
            };
        }

        return new MobiusUriPattern(levels);
    }

    /// <summary>The levels, literal ones upper-case, wildcards as written.</summary>
    public IReadOnlyList<string> Levels => levels;

    /// <summary>Whether a <c>+</c> or <c>#</c> appears, i.e. whether the pattern can match more than one URI.</summary>
    public bool HasWildcards => levels.Any(level => level is SingleLevel or MultiLevel);

    /// <summary>Whether it ends in <c>#</c>.</summary>
    public bool IsMultiLevel => levels[^1] == MultiLevel;

    /// <summary>The literal value of level <paramref name="part"/>, or <see langword="null"/> when that level is a wildcard or beyond the pattern.</summary>
    public string? LiteralAt(UriPart part) =>
        (int)part < levels.Length && levels[(int)part] is not (SingleLevel or MultiLevel) ? levels[(int)part] : null;

    public bool Matches(MobiusUri uri)
    {
        var parts = uri.Parts;
        for (var index = 0; index < levels.Length; index++)
        {
            if (levels[index] == MultiLevel)
            {
                return true;
            }

            if (index >= parts.Count || (levels[index] != SingleLevel && levels[index] != parts[index]))
            {
                return false;
            }
        }

        return parts.Count == levels.Length;
    }

    public override string ToString() => string.Join('/', levels);
}
