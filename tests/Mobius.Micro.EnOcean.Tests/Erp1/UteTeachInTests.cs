using Mobius.Micro.EnOcean.Erp1;

namespace Mobius.Micro.EnOcean.Tests.Erp1;

public sealed class UteTeachInTests
{
    [Fact]
    public void Reads_a_teach_in_query()
    {
        // DB6 = 0xA0: bidirectional, response expected, "teach-in or deletion", query.
        // DB5 = 0x02 channels, manufacturer 0x046, EEP D2-01-12.
        var telegram = RawErp1("D4A00246001201D201D2011200");

        Assert.True(UteTeachIn.TryRead(telegram, out var teachIn));

        Assert.Equal(UteCommand.TeachInQuery, teachIn.Command);
        Assert.True(teachIn.IsBidirectional);
        Assert.True(teachIn.IsResponseExpected);
        Assert.Equal(UteRequest.TeachInOrDeletionNotSpecified, teachIn.Request);
        Assert.Null(teachIn.Result);
        Assert.Equal(2, teachIn.ChannelCount);
        Assert.Equal(0x046, teachIn.ManufacturerId);
        Assert.Equal("D2-01-12", teachIn.Eep);
    }

    [Fact]
    public void Reads_a_teach_in_response()
    {
        // DB6 = 0x91: bidirectional, result "accepted: teach-in successful", response.
        var telegram = RawErp1("D491FF61000050D2FFE1770100");

        Assert.True(UteTeachIn.TryRead(telegram, out var teachIn));

        Assert.Equal(UteCommand.TeachInResponse, teachIn.Command);
        Assert.Equal(UteResult.AcceptedTeachIn, teachIn.Result);
        Assert.Null(teachIn.Request);
        Assert.Equal("D2-50-00", teachIn.Eep);
    }

    [Theory]
    [InlineData("D442FF0B004114D20414155980")] // command 2 is not defined
    [InlineData("D470FF0B004114D20414155980")] // request 3 is not used
    [InlineData("A540300287FFD9B7E500")] // not UTE
    public void Refuses_what_is_not_a_known_ute_telegram(string hex)
    {
        Assert.False(UteTeachIn.TryRead(RawErp1(hex), out _));
    }

    private static Erp1Telegram RawErp1(string hex)
    {
        Assert.True(Erp1TelegramParser.TryParse(TestHex.Bytes(hex), ReadOnlyMemory<byte>.Empty, out var telegram, out _));
        return telegram;
    }
}
