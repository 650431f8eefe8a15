using System.Buffers;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>
/// The shape of a <c>data</c> claim: non-empty upper-case hex, whole bytes, within the module's
/// <see cref="TelegramSizeLimits"/>. The telegram's own structure (ESP3 CRCs, WorkOcc frame) is the decoders' check.
/// </summary>
internal static class TelegramHex
{
    private static readonly SearchValues<char> UpperHexDigits = SearchValues.Create("0123456789ABCDEF");

    public static bool IsValid(string data, RadioModule module) =>
        data.Length > 0
        && data.Length % 2 == 0
        && data.Length / 2 <= TelegramSizeLimits.MaxBytes(module)
        && !data.AsSpan().ContainsAnyExcept(UpperHexDigits);
}
