using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Mobius.Micro.EnOcean;

/// <summary>Reads hexadecimal text (upper or lower case, no separators) into bytes.</summary>
public static class HexParser
{
    /// <summary>
    /// Parses <paramref name="text"/>; false (error <see cref="EnOceanErrorCode.BadHex"/>) when it
    /// has an odd number of characters or any character that is not a hexadecimal digit.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out byte[]? bytes)
    {
        if (text.Length % 2 != 0)
        {
            bytes = null;
            return false;
        }

        var buffer = new byte[text.Length / 2];
        if (Convert.FromHexString(text, buffer, out _, out _) != OperationStatus.Done)
        {
            bytes = null;
            return false;
        }

        bytes = buffer;
        return true;
    }
}
