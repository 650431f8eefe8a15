namespace Mobius.Micro.ObjectModel.Uris;

/// <summary>Fixed lengths, names and syntax of the URI levels.</summary>
public static class UriParts
{
    public const int Count = 5;

    /// <summary>Number of hex digits of each part: HID 6, SID 3, PID 4, INS 4, RID 2.</summary>
    public static int LengthOf(UriPart part) => part switch
    {
        UriPart.Hid => 6,
        UriPart.Sid => 3,
        UriPart.Pid => 4,
        UriPart.Ins => 4,
        UriPart.Rid => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    /// <summary>The part's name as written in messages: <c>HID</c>, <c>SID</c>, ...</summary>
    public static string NameOf(UriPart part) => part.ToString().ToUpperInvariant();

    /// <summary>
    /// Checks that <paramref name="text"/> is exactly the part's number of hex digits (either case)
    /// and returns it upper-case, or <see langword="null"/> with the reason in <paramref name="error"/>.
    /// </summary>
    public static string? Normalize(UriPart part, string text, out string? error)
    {
        var length = LengthOf(part);
        if (text.Length != length || !text.All(char.IsAsciiHexDigit))
        {
            error = text.Length == 0
                ? $"{NameOf(part)} is missing"
                : $"{NameOf(part)} '{text}' is not {length} hex digits";
            return null;
        }

        error = null;
        return text.ToUpperInvariant();
    }
}
