namespace Mobius.Micro.EnOcean.Tests;

public sealed class HexParserTests
{
    [Theory]
    [InlineData("55aaFF", new byte[] { 0x55, 0xAA, 0xFF })]
    [InlineData("", new byte[0])]
    public void Parses_upper_and_lower_case_hex(string text, byte[] expected)
    {
        Assert.True(HexParser.TryParse(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("GG")]
    [InlineData("55 00")]
    [InlineData("0x55")]
    public void Refuses_odd_length_and_non_hex_characters(string text)
    {
        Assert.False(HexParser.TryParse(text, out var bytes));
        Assert.Null(bytes);
    }
}
