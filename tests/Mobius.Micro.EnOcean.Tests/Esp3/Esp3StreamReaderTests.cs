using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Esp3;

public sealed class Esp3StreamReaderTests
{
    private const string A5_04_01Example = "55000A0701EBA50071870A01879DE60001FFFFFFFF410074";
    private const string CoRdIdBase = "5500010005700838";

    [Fact]
    public void Finds_packets_with_junk_before_between_and_after_them()
    {
        var packets = Esp3StreamReader.ReadAll(TestHex.Bytes("0102" + A5_04_01Example + "AABB" + CoRdIdBase + "CC"));

        Assert.Equal([Esp3PacketType.RadioErp1, Esp3PacketType.CommonCommand], packets.Select(packet => packet.PacketType));
    }

    [Fact]
    public void A_false_sync_right_before_a_packet_does_not_hide_it()
    {
        // "55 E4" then the packet: the header after the false 0x55 fails CRC8H, and the search
        // resumes at the next byte, not after the 6 bytes the false header took.
        var packets = Esp3StreamReader.ReadAll(TestHex.Bytes("55E4" + A5_04_01Example));

        var packet = Assert.Single(packets);
        Assert.Equal("A50071870A01879DE600", TestHex.Of(packet.Data));
    }

    [Fact]
    public void A_truncated_packet_whose_declared_body_covers_the_next_packet_does_not_hide_it()
    {
        // The first 8 bytes of the example have a valid header claiming 17 more bytes; those bytes
        // run into the real packet and fail CRC8D, so the search resumes after the false 0x55.
        var packets = Esp3StreamReader.ReadAll(TestHex.Bytes("55000A0701EBA500" + A5_04_01Example));

        var packet = Assert.Single(packets);
        Assert.Equal("A50071870A01879DE600", TestHex.Of(packet.Data));
    }

    [Fact]
    public void A_valid_frame_of_an_unknown_packet_type_is_skipped_whole()
    {
        // Type 0x08 with data byte 0x55: neither it nor the 0x55 inside it is a packet.
        var packets = Esp3StreamReader.ReadAll(TestHex.Bytes("55000100085355AC" + CoRdIdBase));

        Assert.Equal(Esp3PacketType.CommonCommand, Assert.Single(packets).PacketType);
    }

    [Fact]
    public void An_unfinished_packet_at_the_end_is_not_a_packet()
    {
        var packets = Esp3StreamReader.ReadAll(TestHex.Bytes(CoRdIdBase + A5_04_01Example[..30]));

        Assert.Equal(Esp3PacketType.CommonCommand, Assert.Single(packets).PacketType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0001020304")]
    [InlineData("5555555555")]
    public void A_stream_without_a_valid_packet_yields_none(string hex)
    {
        Assert.Empty(Esp3StreamReader.ReadAll(TestHex.Bytes(hex)));
    }
}
