using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Commands;

/// <summary>From a command payload to the bytes a downlink carries, and a UTE teach-in response.</summary>
public sealed class DownlinkFramingTests
{
    [Fact]
    public void A_command_becomes_an_addressed_radio_erp1_packet()
    {
        var radio = Erp1TelegramWriter.Write(Rorg.FourBs, TestHex.Bytes("01000009"), senderId: 0xFFF82601);
        var optional = Erp1TelegramWriter.OptionalDataFor(0x0588125C);

        var packet = Esp3PacketWriter.Write(Esp3PacketType.RadioErp1, radio, optional);

        // V113 as ioBroker sent it: the same bytes up to the optional data's dBm (0xFF when sending).
        Assert.Equal("55000A0701EBA501000009FFF8260100030588125CFF00", TestHex.Of(packet)[..^2]);
        Assert.True(Esp3PacketParser.TryParse(packet, out var parsed, out _));
        Assert.True(Erp1TelegramParser.TryParse(parsed, out var telegram, out _));
        Assert.Equal("FFF82601", telegram.SenderId);
        Assert.Equal("0588125C", telegram.DestinationId);
    }

    [Fact]
    public void Raw_data_is_the_packet_without_sync_and_crcs()
    {
        var radio = Erp1TelegramWriter.Write(Rorg.Vld, TestHex.Bytes("011E64"), senderId: 0x01020304);

        var raw = Esp3PacketWriter.WriteRawData(Esp3PacketType.RadioErp1, radio, Erp1TelegramWriter.OptionalDataFor(Erp1TelegramWriter.Broadcast));

        Assert.Equal("0009070" + "1D2011E640102030400" + "03FFFFFFFFFF00", TestHex.Of(raw));
    }

    [Fact]
    public void A_ute_response_accepts_the_query_it_answers()
    {
        // The D2-14-41 query of the vectors: DB6 0x40 (unidirectional, no response expected), channels 0xFF,
        // manufacturer 0x00B, EEP D2-14-41.
        Assert.True(Erp1TelegramParser.TryParse(TestHex.Bytes("D440FF0B004114D20414155980"), ReadOnlyMemory<byte>.Empty, out var telegram, out _));
        Assert.True(UteTeachIn.TryRead(telegram, out var query));

        var response = UteTeachInResponse.Payload(query, UteResult.AcceptedTeachIn);

        // DB6: result 01 in bits 5..4, command 1 in bits 3..0.
        Assert.Equal("11FF0B004114D2", TestHex.Of(response));
        Assert.True(Erp1TelegramParser.TryParse(Erp1TelegramWriter.Write(Rorg.Ute, response, 0xFFF82601), ReadOnlyMemory<byte>.Empty, out var written, out _));
        Assert.True(UteTeachIn.TryRead(written, out var answer));
        Assert.Equal(UteCommand.TeachInResponse, answer.Command);
        Assert.Equal(UteResult.AcceptedTeachIn, answer.Result);
        Assert.Equal("D2-14-41", answer.Eep);
    }
}
