using System.Runtime.InteropServices;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Esp3;

public sealed class Esp3PacketParserTests
{
    private const string A5_04_01Example = "55000A0701EBA50071870A01879DE60001FFFFFFFF410074";

    [Fact]
    public void Parses_a_radio_erp1_packet_into_data_and_optional_data()
    {
        Assert.True(Esp3PacketParser.TryParse(TestHex.Bytes(A5_04_01Example), out var packet, out _));

        Assert.Equal(Esp3PacketType.RadioErp1, packet.PacketType);
        Assert.Equal("A50071870A01879DE600", TestHex.Of(packet.Data));
        Assert.Equal("01FFFFFFFF4100", TestHex.Of(packet.OptionalData));
        Assert.Equal(24, packet.Length);
    }

    [Fact]
    public void Data_is_a_slice_of_the_input_not_a_copy()
    {
        var bytes = TestHex.Bytes(A5_04_01Example);

        Assert.True(Esp3PacketParser.TryParse(bytes, out var packet, out _));

        Assert.True(MemoryMarshal.TryGetArray(packet.Data, out var segment));
        Assert.Same(bytes, segment.Array);
        Assert.Equal(6, segment.Offset);
    }

    [Fact]
    public void Leaves_bytes_after_the_packet_alone()
    {
        Assert.True(Esp3PacketParser.TryParse(TestHex.Bytes(A5_04_01Example + "55AA"), out var packet, out _));

        Assert.Equal(24, packet.Length);
    }

    [Theory]
    [InlineData("", EnOceanErrorCode.Incomplete)]
    [InlineData("AA000A0701EB", EnOceanErrorCode.NoSync)]
    [InlineData("55000A0701", EnOceanErrorCode.Incomplete)] // header without CRC8H
    [InlineData("55000A0701EBA50071870A01879DE60001FFFFFFFF4100", EnOceanErrorCode.Incomplete)] // no CRC8D
    [InlineData("55000A0701ECA50071870A01879DE60001FFFFFFFF410074", EnOceanErrorCode.Crc8HMismatch)]
    [InlineData("55000A0701EBA50072870A01879DE60001FFFFFFFF410074", EnOceanErrorCode.Crc8DMismatch)] // HUM byte changed
    [InlineData("55000100085355AC", EnOceanErrorCode.UnknownPacketType)] // 0x08 is reserved by ESP3
    [InlineData("550001000B5A0107", EnOceanErrorCode.UnknownPacketType)]
    public void Refuses_a_bad_packet_with_the_reason(string hex, EnOceanErrorCode expected)
    {
        Assert.False(Esp3PacketParser.TryParse(TestHex.Bytes(hex), out _, out var error));

        Assert.Equal(expected, error);
    }
}
