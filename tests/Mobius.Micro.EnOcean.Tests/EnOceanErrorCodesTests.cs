namespace Mobius.Micro.EnOcean.Tests;

public sealed class EnOceanErrorCodesTests
{
    [Theory]
    [InlineData(EnOceanErrorCode.NoSync, "NO_SYNC")]
    [InlineData(EnOceanErrorCode.Incomplete, "INCOMPLETE")]
    [InlineData(EnOceanErrorCode.Crc8HMismatch, "CRC8H_MISMATCH")]
    [InlineData(EnOceanErrorCode.Crc8DMismatch, "CRC8D_MISMATCH")]
    [InlineData(EnOceanErrorCode.UnknownPacketType, "UNKNOWN_PACKET_TYPE")]
    [InlineData(EnOceanErrorCode.BadHex, "BAD_HEX")]
    [InlineData(EnOceanErrorCode.UnknownEep, "UNKNOWN_EEP")]
    [InlineData(EnOceanErrorCode.PayloadTooShort, "PAYLOAD_TOO_SHORT")]
    [InlineData(EnOceanErrorCode.RorgMismatch, "RORG_MISMATCH")]
    [InlineData(EnOceanErrorCode.NoMatchingCase, "NO_MATCHING_CASE")]
    [InlineData(EnOceanErrorCode.Erp2CrcMismatch, "ERP2_CRC_MISMATCH")]
    [InlineData(EnOceanErrorCode.UnsupportedErp2Telegram, "UNSUPPORTED_ERP2_TELEGRAM")]
    public void Each_error_has_its_wire_code_and_a_description(EnOceanErrorCode error, string code)
    {
        Assert.Equal(code, error.ToCode());
        Assert.False(string.IsNullOrWhiteSpace(error.Describe()));
    }

    [Fact]
    public void Every_error_is_in_the_code_table()
    {
        Assert.Equal(12, Enum.GetValues<EnOceanErrorCode>().Length);
    }
}
