using Mobius.Micro.EnOcean.Esp3;
using Mobius.Micro.EnOceanDecoder.Telegrams;

namespace Mobius.Micro.EnOceanDecoder.Tests;

/// <summary>What makes two copies of a telegram the same telegram.</summary>
public sealed class ReceivedRadioTelegramTests
{
    [Fact]
    public void Copies_differing_only_in_optional_data_and_repeater_count_are_the_same_telegram()
    {
        // The same F6 telegram: heard directly (status 0x30, -92 dBm) and repeated once (status 0x31, -60 dBm).
        var direct = Read("55000707017AF630FEF7D96E3001FFFFFFFF5C00");
        var repeated = Read("55000707017AF630FEF7D96E3101FFFFFFFF3C00");

        Assert.Equal(direct.Identity, repeated.Identity);
        Assert.Equal("F630FEF7D96E30", Convert.ToHexString(direct.Identity));
    }

    [Fact]
    public void Another_data_byte_is_another_telegram()
    {
        Assert.NotEqual(Read("55000707017AF630FEF7D96E3001FFFFFFFF5C00").Identity, Read("55000707017AF610FEF7D96E3001FFFFFFFF5C00").Identity);
    }

    [Fact]
    public void A_packet_without_a_radio_telegram_gives_its_reason()
    {
        Assert.True(Esp3PacketParser.TryParse(Convert.FromHexString("550001000570020E"), out var packet, out _));

        Assert.False(ReceivedRadioTelegram.TryRead(packet, out _, out var reason));
        Assert.Equal("not_radio", reason);
    }

    private static ReceivedRadioTelegram Read(string hexWithoutCrcs)
    {
        var bytes = Convert.FromHexString(hexWithoutCrcs);
        var packet = Esp3PacketWriter.Write(Esp3PacketType.RadioErp1, bytes.AsSpan(6, 7), bytes.AsSpan(13));
        Assert.True(Esp3PacketParser.TryParse(packet, out var parsed, out _));
        Assert.True(ReceivedRadioTelegram.TryRead(parsed, out var received, out _));
        return received!;
    }
}
