using System.Text;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Esp3;

public sealed class Crc8Tests
{
    [Theory]
    [InlineData("00010005", 0x70)] // ESP3 spec CO_RD_IDBASE example: CRC8H
    [InlineData("08", 0x38)] // its CRC8D
    [InlineData("02", 0x0E)] // CO_WR_RESET example: CRC8D
    [InlineData("000A0701", 0xEB)] // RADIO_ERP1 header with 10 data and 7 optional bytes
    [InlineData("", 0x00)] // initial value 0
    public void Matches_the_esp3_specification_examples(string hex, int expected)
    {
        Assert.Equal(expected, Crc8.Compute(TestHex.Bytes(hex)));
    }

    [Fact]
    public void Matches_the_catalogued_check_value_for_polynomial_07_initial_00()
    {
        // CRC-8 (poly 0x07, init 0x00, no reflection, no final XOR) of "123456789" is 0xF4.
        Assert.Equal(0xF4, Crc8.Compute(Encoding.ASCII.GetBytes("123456789")));
    }
}
