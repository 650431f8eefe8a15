namespace Mobius.Micro.ConnectorProtocol.Tests;

public sealed class ConnectorSerialTests
{
    [Theory]
    [InlineData("MF_00BCC0")]
    [InlineData("MF_000000")]
    [InlineData("MF_FFFFFF")]
    [InlineData("MF_A1B2C3")]
    public void A_serial_is_MF_and_six_upper_case_hex_digits_and_prints_as_given(string text)
    {
        Assert.True(ConnectorSerial.TryParse(text, out ConnectorSerial serial));
        Assert.Equal(text, serial.ToString());
    }

    [Theory]
    [InlineData("MF_00bcc0")] // lower-case hex
    [InlineData("MF_00BCc0")]
    [InlineData("mf_00BCC0")]
    [InlineData("Mf_00BCC0")]
    [InlineData("MF_00BCC")] // five digits
    [InlineData("MF_00BCC00")] // seven digits
    [InlineData("MF_00BCCG")]
    [InlineData("MF-00BCC0")]
    [InlineData("MF00BCC00")]
    [InlineData("MF_")]
    [InlineData("")]
    [InlineData(" MF_00BCC0")]
    [InlineData("MF_00BCC0 ")]
    [InlineData("MF_00BCC0\n")] // what a careless ^...$ regex would let through
    [InlineData("MF_+0BCC0")]
    [InlineData("MF_\uFF10\uFF10BCC0")] // full-width digits
    [InlineData("MF_\u0660\u0660BCC0")] // Arabic-Indic digits
    public void Anything_else_is_not_a_serial(string text)
    {
        Assert.False(ConnectorSerial.TryParse(text, out _));
        Assert.Throws<FormatException>(() => ConnectorSerial.Parse(text));
    }

    [Fact]
    public void Serials_are_equal_when_their_digits_are()
    {
        Assert.Equal(ConnectorSerial.Parse("MF_00BCC0"), ConnectorSerial.Parse("MF_00BCC0"));
        Assert.NotEqual(ConnectorSerial.Parse("MF_00BCC0"), ConnectorSerial.Parse("MF_00BCC1"));
    }
}
