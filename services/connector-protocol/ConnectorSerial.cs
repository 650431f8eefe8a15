using System.Globalization;

namespace Mobius.Micro.ConnectorProtocol;

/// <summary>
/// A connector's serial number: <c>MF_</c> followed by six upper-case hex digits
/// (<c>^MF_[0-9A-F]{6}$</c>), e.g. <c>MF_00BCC0</c>. Held as its 24-bit number, so parsing
/// a topic allocates nothing.
/// </summary>
public readonly record struct ConnectorSerial
{
    private const string Prefix = "MF_";
    private const string DigitsFormat = "X6";
    private const int Length = 9;

    private readonly int _number;

    private ConnectorSerial(int number) => _number = number;

    /// <summary>True when <paramref name="text"/> is exactly a serial; lower-case hex, spaces or a trailing newline make it false.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ConnectorSerial serial)
    {
        serial = default;
        if (text.Length != Length || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        int number = 0;
        foreach (char digit in text[Prefix.Length..])
        {
            int value = UpperHexDigitValue(digit);
            if (value < 0)
            {
                return false;
            }

            number = (number << 4) | value;
        }

        serial = new ConnectorSerial(number);
        return true;
    }

    /// <exception cref="FormatException"><paramref name="text"/> is not a serial.</exception>
    public static ConnectorSerial Parse(string text) =>
        TryParse(text, out ConnectorSerial serial)
            ? serial
            : throw new FormatException($"'{text}' is not a connector serial (MF_ and six upper-case hex digits).");

    public override string ToString() => Prefix + _number.ToString(DigitsFormat, CultureInfo.InvariantCulture);

    private static int UpperHexDigitValue(char digit) => digit switch
    {
        >= '0' and <= '9' => digit - '0',
        >= 'A' and <= 'F' => digit - 'A' + 10,
        _ => -1,
    };
}
