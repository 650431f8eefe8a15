using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Unicode;
using Microsoft.IdentityModel.Tokens;

namespace Mobius.Micro.ConnectorProtocol;

/// <summary>
/// A connector's pre-shared key: free text of 16..128 UTF-8 bytes, whose UTF-8 bytes are the
/// HS256 key of every message the connector and the gateway exchange. Holds only the key
/// material, never the text, and prints nothing of it.
/// </summary>
public sealed class ConnectorPsk
{
    public const int MinLengthInBytes = 16;
    public const int MaxLengthInBytes = 128;

    // Microsoft.IdentityModel refuses HS256 keys shorter than 256 bits. HMAC (RFC 2104) pads
    // every key shorter than the SHA-256 block (64 bytes) with zero bytes before use, so a
    // PSK zero-padded to 32 bytes gives exactly the MAC of the PSK itself.
    private const int LibraryMinimumHs256KeyBytes = 32;

    private const int MaxUtf8BytesPerUtf16Char = 3;

    private ConnectorPsk(SymmetricSecurityKey key) => Key = key;

    internal SymmetricSecurityKey Key { get; }

    /// <summary>True when <paramref name="text"/> is a usable PSK: well-formed Unicode of 16..128 UTF-8 bytes.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) => TryCreate(text, out _);

    public static bool TryCreate([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ConnectorPsk? psk)
    {
        psk = null;
        // Every UTF-16 char becomes at least one UTF-8 byte, so a longer text cannot fit.
        if (text is null || text.Length > MaxLengthInBytes)
        {
            return false;
        }

        Span<byte> utf8 = stackalloc byte[MaxLengthInBytes * MaxUtf8BytesPerUtf16Char];
        OperationStatus status = Utf8.FromUtf16(text, utf8, out _, out int length, replaceInvalidSequences: false);
        if (status != OperationStatus.Done || length is < MinLengthInBytes or > MaxLengthInBytes)
        {
            return false;
        }

        byte[] keyBytes = new byte[Math.Max(length, LibraryMinimumHs256KeyBytes)];
        utf8[..length].CopyTo(keyBytes);
        psk = new ConnectorPsk(new SymmetricSecurityKey(keyBytes));
        return true;
    }

    /// <exception cref="ArgumentException"><paramref name="text"/> is not a valid PSK (the message does not repeat it).</exception>
    public static ConnectorPsk Create(string text) =>
        TryCreate(text, out ConnectorPsk? psk)
            ? psk
            : throw new ArgumentException(
                $"A connector PSK must be well-formed text of {MinLengthInBytes}..{MaxLengthInBytes} UTF-8 bytes.", nameof(text));
}
