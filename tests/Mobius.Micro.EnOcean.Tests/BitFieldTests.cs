namespace Mobius.Micro.EnOcean.Tests;

public sealed class BitFieldTests
{
    [Theory]
    [InlineData("80", 0, 1, 1)] // offset 0 is the most significant bit of the first byte
    [InlineData("01", 7, 1, 1)]
    [InlineData("0001", 15, 1, 1)]
    [InlineData("03FF", 6, 10, 1023)] // a 10-bit field across a byte boundary
    [InlineData("0071870A", 8, 8, 0x71)] // A5-04-01 HUM is DB2
    [InlineData("0071870A", 30, 1, 1)] // A5-04-01 TSN is DB0.1
    public void Reads_fields_numbered_from_the_first_byte_most_significant_bit(string hex, int offset, int size, long expected)
    {
        Assert.Equal(expected, BitField.Read(TestHex.Bytes(hex), offset, size));
    }

    [Fact]
    public void Refuses_a_field_beyond_the_last_byte()
    {
        Assert.False(BitField.Fits(1, 4, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BitField.Read(TestHex.Bytes("FF"), 4, 5));
    }
}
