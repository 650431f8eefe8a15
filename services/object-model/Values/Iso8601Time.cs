using System.Globalization;

namespace Mobius.Micro.ObjectModel.Values;

/// <summary>
/// Reads ISO-8601 date-times that carry their offset (<c>Z</c> or <c>±hh:mm</c>), with or without
/// a fraction of a second. A time without an offset is refused: it would be ambiguous.
/// </summary>
public static class Iso8601Time
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
