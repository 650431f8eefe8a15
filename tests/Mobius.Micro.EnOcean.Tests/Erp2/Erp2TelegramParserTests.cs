using Mobius.Micro.EnOcean.Erp2;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Erp2;

public sealed class Erp2TelegramParserTests
{
    [Fact]
    public void Reads_a_4bs_telegram_with_a_32_bit_originator()
    {
        // Header 0x22: address control 001 (32-bit originator, no destination), telegram type 2 (4BS).
        var telegram = Parse("220401319500004808" + "63", "0129");

        Assert.Equal(2, telegram.TelegramType);
        Assert.Equal(Rorg.FourBs, telegram.Rorg);
        Assert.Equal("04013195", telegram.SenderId);
        Assert.Null(telegram.DestinationId);
        Assert.Equal("00004808", TestHex.Of(telegram.Payload));
        Assert.Equal((byte)1, telegram.SubTelegramNumber);
        Assert.Equal(-41, telegram.Dbm);
        Assert.False(telegram.IsTeachIn);
    }

    [Fact]
    public void Reads_the_destination_and_the_extended_header()
    {
        var addressed = Parse("4204013195DEADBEEF00004808B7", "");
        Assert.Equal("DEADBEEF", addressed.DestinationId);
        Assert.Equal("00004808", TestHex.Of(addressed.Payload));

        // Extended header 0x20: repeated twice, no optional data.
        var repeated = Parse("32200401319500004808F0", "");
        Assert.Equal(2, repeated.Status.RepeaterCount);
        Assert.Equal("00004808", TestHex.Of(repeated.Payload));
    }

    [Theory]
    [InlineData("220401319500004808" + "64", EnOceanErrorCode.Erp2CrcMismatch)]
    [InlineData("2F040131950000480838", EnOceanErrorCode.UnsupportedErp2Telegram)] // extended telegram type
    [InlineData("22", EnOceanErrorCode.Incomplete)]
    public void Refuses_a_bad_or_unsupported_telegram(string dataHex, EnOceanErrorCode expected)
    {
        var packet = new Esp3Packet(Esp3PacketType.RadioErp2, TestHex.Bytes(dataHex), ReadOnlyMemory<byte>.Empty);

        Assert.False(Erp2TelegramParser.TryParse(packet, out _, out var error));

        Assert.Equal(expected, error);
    }

    private static Erp2Telegram Parse(string dataHex, string optionalHex)
    {
        var packet = new Esp3Packet(Esp3PacketType.RadioErp2, TestHex.Bytes(dataHex), TestHex.Bytes(optionalHex));
        Assert.True(Erp2TelegramParser.TryParse(packet, out var telegram, out var error), error.ToCode());
        return telegram;
    }
}
