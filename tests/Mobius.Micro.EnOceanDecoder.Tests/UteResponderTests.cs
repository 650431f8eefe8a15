using Microsoft.Extensions.Options;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;
using Mobius.Micro.EnOceanDecoder.TeachIn;

namespace Mobius.Micro.EnOceanDecoder.Tests;

/// <summary>When the decoder answers a UTE query, and the downlink it asks for.</summary>
public sealed class UteResponderTests
{
    private const string BidirectionalQuery = "D4A0FF3E000A01D2 01234567 80"; // DB6 0xA0: bidirectional, response expected, teach-in; D2-01-0A

    [Theory]
    [InlineData(true, false, UteResult.AcceptedTeachIn)]
    [InlineData(false, true, UteResult.AcceptedTeachIn)]
    [InlineData(false, false, null)]
    public void A_supported_query_is_accepted_when_the_device_is_known_or_will_be_provisioned(bool known, bool autoProvision, UteResult? expected)
    {
        var responder = Responder(autoProvision);

        Assert.Equal(expected, responder.ResultFor(Announcement(BidirectionalQuery), known));
    }

    [Fact]
    public void A_query_for_an_eep_the_project_does_not_decode_is_rejected()
    {
        // EEP D2-FF-01 does not exist.
        Assert.Equal(UteResult.RejectedEepNotSupported, Responder(autoProvision: true).ResultFor(Announcement("D4A0FF3E0001FFD20123456780"), deviceKnown: false));
    }

    [Fact]
    public void A_query_that_expects_no_response_gets_none()
    {
        // DB6 0xC0: bidirectional, no response expected.
        Assert.Null(Responder(autoProvision: true).ResultFor(Announcement("D4C0FF3E000A01D20123456780"), deviceKnown: true));
    }

    [Fact]
    public void The_response_is_an_addressed_ute_telegram_from_the_transmitter_id()
    {
        var announcement = Announcement(BidirectionalQuery);

        var downlink = Responder(autoProvision: true).Response(announcement.Ute!, UteResult.AcceptedTeachIn, "01234567", "000001/021/FFC0/0002");

        Assert.Equal("000001/021/FFC0/0002", downlink.ConnectorUri);
        Assert.True(Guid.TryParse(downlink.DownlinkId, out _));
        // Header: 13 data bytes, 7 optional, RADIO_ERP1; data: D4, response DB6 = 0x80 | 0x10 | 0x01, the query's
        // DB5..DB0, sender FFF82601, status 0; optional: 3 sub-telegrams, destination 01234567, dBm FF, security 0.
        Assert.Equal("000D0701" + "D491FF3E000A01D2" + "FFF82601" + "00" + "0301234567FF00", Convert.ToHexString(downlink.RawData));
        Assert.True(Esp3PacketParser.TryParse(Esp3PacketWriter.Write(Esp3PacketType.RadioErp1, downlink.RawData.AsSpan(4, 13), downlink.RawData.AsSpan(17)), out _, out _));
    }

    private static UteResponder Responder(bool autoProvision) =>
        new(Options.Create(new EnOceanDecoderOptions { SendUteResponses = true, AutoProvision = autoProvision, TransmitterId = "FFF82601" }));

    private static TeachInAnnouncement Announcement(string erp1)
    {
        Assert.True(Erp1TelegramParser.TryParse(Convert.FromHexString(erp1.Replace(" ", "", StringComparison.Ordinal)), ReadOnlyMemory<byte>.Empty, out var telegram, out _));
        return TeachInAnnouncement.Of(telegram)!;
    }
}
