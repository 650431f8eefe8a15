using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Esp3;

public sealed class Esp3PacketWriterTests
{
    [Theory]
    [InlineData(new byte[] { 0x08 }, "5500010005700838")] // ESP3 spec: CO_RD_IDBASE
    [InlineData(new byte[] { 0x02 }, "550001000570020E")] // ESP3 spec: CO_WR_RESET
    public void Writes_the_esp3_specification_examples(byte[] data, string expected)
    {
        Assert.Equal(expected, Convert.ToHexString(Esp3PacketWriter.Write(Esp3PacketType.CommonCommand, data, [])));
    }

    [Fact]
    public void Writes_a_radio_packet_that_reads_back_the_same()
    {
        const string expected = "55000A0701EBA50071870A01879DE60001FFFFFFFF410074";

        var written = Esp3PacketWriter.Write(Esp3PacketType.RadioErp1, TestHex.Bytes("A50071870A01879DE600"), TestHex.Bytes("01FFFFFFFF4100"));

        Assert.Equal(expected, Convert.ToHexString(written));
        Assert.True(Esp3PacketParser.TryParse(written, out var packet, out _));
        Assert.Equal("A50071870A01879DE600", TestHex.Of(packet.Data));
        Assert.Equal("01FFFFFFFF4100", TestHex.Of(packet.OptionalData));
    }

    [Fact]
    public void Writes_into_a_caller_buffer_and_returns_the_length()
    {
        var buffer = new byte[10];

        var length = Esp3PacketWriter.Write(Esp3PacketType.CommonCommand, [0x08], [], buffer);

        Assert.Equal(8, length);
        Assert.Equal("5500010005700838", Convert.ToHexString(buffer, 0, length));
    }

    [Fact]
    public void Refuses_a_buffer_that_is_too_small()
    {
        Assert.Throws<ArgumentException>(() => Esp3PacketWriter.Write(Esp3PacketType.CommonCommand, [0x08], [], new byte[7]));
    }
}
