using System.Buffers;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>
/// The size and shape pre-check of a connector message, before any decoding: at most 4 KiB, and
/// exactly three non-empty segments of unpadded base64url separated by dots.
/// </summary>
internal static class CompactJwsShape
{
    public const int MaxTokenBytes = 4096;

    private const byte Separator = (byte)'.';

    private static readonly SearchValues<byte> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"u8);

    /// <summary>True when the token has the shape; <paramref name="claimsSegment"/> is then the middle segment.</summary>
    public static bool TryGetClaimsSegment(ReadOnlySpan<byte> token, out Range claimsSegment)
    {
        claimsSegment = default;
        if (token.Length > MaxTokenBytes || token.Count(Separator) != 2)
        {
            return false;
        }

        int firstSeparator = token.IndexOf(Separator);
        int lastSeparator = token.LastIndexOf(Separator);
        claimsSegment = (firstSeparator + 1)..lastSeparator;
        return IsBase64UrlSegment(token[..firstSeparator])
            && IsBase64UrlSegment(token[claimsSegment])
            && IsBase64UrlSegment(token[(lastSeparator + 1)..]);
    }

    // Unpadded base64url never has a length of 4n + 1: one character carries only 6 bits.
    private static bool IsBase64UrlSegment(ReadOnlySpan<byte> segment) =>
        segment.Length > 0
        && segment.Length % 4 != 1
        && !segment.ContainsAnyExcept(Base64UrlAlphabet);
}
