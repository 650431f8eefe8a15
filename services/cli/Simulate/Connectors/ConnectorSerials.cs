using System.Globalization;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>Consecutive connector serials: the first one given, then +1 each (<c>MF_5A0000</c>, <c>MF_5A0001</c>, ...).</summary>
public static class ConnectorSerials
{
    private const int SerialDigitsStart = 3;
    private const int LargestNumber = 0xFFFFFF;

    /// <summary>The serial's 24-bit number, e.g. 0x5A0000 for <c>MF_5A0000</c>.</summary>
    public static int NumberOf(ConnectorSerial serial) =>
        int.Parse(serial.ToString().AsSpan(SerialDigitsStart), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>Null when <paramref name="count"/> serials from <paramref name="first"/> stay within <c>MF_FFFFFF</c>, else why not.</summary>
    public static string? Problem(ConnectorSerial first, int count) =>
        NumberOf(first) + (long)count - 1 > LargestNumber
            ? $"{count} serials from {first} go beyond MF_FFFFFF"
            : null;

    public static IReadOnlyList<ConnectorSerial> From(ConnectorSerial first, int count)
    {
        var number = NumberOf(first);
        return
        [
            .. Enumerable.Range(number, count)
                .Select(next => ConnectorSerial.Parse("MF_" + next.ToString("X6", CultureInfo.InvariantCulture))),
        ];
    }
}
