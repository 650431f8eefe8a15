using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Erp1;

public sealed class Erp1TelegramParserTests
{
    [Fact]
    public void Reads_the_a5_04_01_example_packet()
    {
        Assert.True(Esp3PacketParser.TryParse(TestHex.Bytes("55000A0701EBA50071870A01879DE60001FFFFFFFF410074"), out var packet, out _));

        Assert.True(Erp1TelegramParser.TryParse(packet, out var telegram, out _));

        Assert.Equal(Rorg.FourBs, telegram.Rorg);
        Assert.Equal("0071870A", TestHex.Of(telegram.Payload));
        Assert.Equal("01879DE6", telegram.SenderId);
        Assert.Equal(0, telegram.Status.Raw);
        Assert.Equal((byte)1, telegram.SubTelegramNumber);
        Assert.Equal("FFFFFFFF", telegram.DestinationId);
        Assert.Equal(-65, telegram.Dbm);
        Assert.Equal((byte)0, telegram.SecurityLevel);
        Assert.False(telegram.IsAddressed);
        Assert.False(telegram.IsTeachIn);
    }

    [Theory]
    [InlineData(0x31, 1, true, true)] // T21 and NU set, repeated once
    [InlineData(0x30, 0, true, true)]
    [InlineData(0x20, 0, true, false)] // U-message
    [InlineData(0x0F, 15, false, false)]
    [InlineData(0xA0, 0, true, false)] // bit 7 belongs to neither part
    public void Splits_the_status_byte(byte status, int repeaterCount, bool t21, bool nu)
    {
        var telegram = RawErp1($"F630FEF7D96E{status:X2}");

        Assert.Equal(status, telegram.Status.Raw);
        Assert.Equal(repeaterCount, telegram.Status.RepeaterCount);
        Assert.Equal(t21, telegram.Status.T21);
        Assert.Equal(nu, telegram.Status.NU);
    }

    [Fact]
    public void Unwraps_an_addressed_telegram()
    {
        // A6, wrapped RORG A5, payload 0071870A, destination DEADBEEF, sender 01879DE6, status 00.
        var telegram = RawErp1("A6A50071870ADEADBEEF01879DE600");

        Assert.True(telegram.IsAddressed);
        Assert.Equal(Rorg.FourBs, telegram.Rorg);
        Assert.Equal("0071870A", TestHex.Of(telegram.Payload));
        Assert.Equal("DEADBEEF", telegram.DestinationId);
        Assert.Equal("01879DE6", telegram.SenderId);
    }

    [Fact]
    public void Raw_erp1_without_optional_data_has_no_optional_fields()
    {
        var telegram = RawErp1("D50901D5000100");

        Assert.Equal(Rorg.OneBs, telegram.Rorg);
        Assert.Equal("01D50001", telegram.SenderId);
        Assert.Null(telegram.SubTelegramNumber);
        Assert.Null(telegram.DestinationId);
        Assert.Null(telegram.Dbm);
        Assert.Null(telegram.SecurityLevel);
    }

    [Theory]
    [InlineData("F630FEF7D9")] // no status, sender cut short
    [InlineData("F6FEF7D96E30")] // no payload byte
    [InlineData("A6A500DEADBEEF01879DE6")] // ADT without its destination: 11 of at least 12 bytes
    public void Refuses_data_too_short_for_its_parts(string hex)
    {
        Assert.False(Erp1TelegramParser.TryParse(TestHex.Bytes(hex), ReadOnlyMemory<byte>.Empty, out _, out var error));

        Assert.Equal(EnOceanErrorCode.Incomplete, error);
    }

    [Fact]
    public void Refuses_a_packet_that_is_not_radio_erp1()
    {
        var packet = new Esp3Packet(Esp3PacketType.CommonCommand, new byte[] { 0x08 }, ReadOnlyMemory<byte>.Empty);

        Assert.Throws<ArgumentException>(() => Erp1TelegramParser.TryParse(packet, out _, out _));
    }

    [Theory]
    [InlineData("A50071870001879DE600", true)] // 4BS, DB0.3 = 0
    [InlineData("A50071870801879DE600", false)] // 4BS, DB0.3 = 1
    [InlineData("D50001D5000100", true)] // 1BS, DB0.3 = 0
    [InlineData("D50801D5000100", false)] // 1BS, DB0.3 = 1
    [InlineData("F600FEF7D96E20", false)] // RPS has no learn bit
    [InlineData("D440FF0B004114D20414155980", true)] // UTE
    public void Tells_teach_in_telegrams_by_learn_bit(string hex, bool isTeachIn)
    {
        Assert.Equal(isTeachIn, RawErp1(hex).IsTeachIn);
    }

    private static Erp1Telegram RawErp1(string hex)
    {
        Assert.True(Erp1TelegramParser.TryParse(TestHex.Bytes(hex), ReadOnlyMemory<byte>.Empty, out var telegram, out var error), error.ToCode());
        return telegram;
    }
}
