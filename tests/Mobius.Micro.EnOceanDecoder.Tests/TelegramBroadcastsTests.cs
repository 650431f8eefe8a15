using System.Text.Json.Nodes;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;
using Mobius.Micro.EnOceanDecoder.Broadcasts;

namespace Mobius.Micro.EnOceanDecoder.Tests;

/// <summary>The broadcast commands for received telegrams, in the object-model spec's payload shape.</summary>
public sealed class TelegramBroadcastsTests
{
    private const string ConnectorUri = "000001/021/FFC0/0001";
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_4bs_telegram_is_an_erp1_broadcast_with_its_data_bytes_named_as_the_eep_names_them()
    {
        var command = TelegramBroadcasts.For(Telegram("55000A0701EBA50071870A01879DE60001FFFFFFFF410074"), ConnectorUri, ReceivedAt);

        Assert.Equal("ENOCEAN_RADIO_ERP1", command.CommandId);
        Assert.Equal(ReceivedAt, command.IssuedAt);
        Assert.Equal(
            """{"rorg":"A5","db_0":10,"db_1":135,"db_2":113,"db_3":0,"uid":"01879DE6","status":0,"subTelNum":1,"dBm":-65,"connectorURI":"000001/021/FFC0/0001"}""",
            command.PayloadJson);
    }

    [Fact]
    public void A_vld_telegram_lists_its_data_in_order()
    {
        // V306: D2-01-12 actuator status response 04 60 E4.
        var command = TelegramBroadcasts.For(Telegram("550009070156D20460E401D201120000FFFFFFFF290044"), ConnectorUri, ReceivedAt);

        Assert.Equal("ENOCEAN_RADIO_ERP1_VLD", command.CommandId);
        Assert.Equal(
            """{"rorg":"D2","data":[4,96,228],"uid":"01D20112","status":0,"subTelNum":0,"dBm":-41,"connectorURI":"000001/021/FFC0/0001"}""",
            command.PayloadJson);
    }

    [Fact]
    public void An_msc_telegram_names_its_manufacturer()
    {
        // V070: Eltako (manufacturer 0x00D).
        var command = TelegramBroadcasts.For(Telegram("55000C070196D100D0FE0303000594F8E90000FFFFFFFF3D0022"), ConnectorUri, ReceivedAt);

        Assert.Equal("ENOCEAN_RADIO_MSC", command.CommandId);
        var payload = JsonNode.Parse(command.PayloadJson)!;
        Assert.Equal(13, payload["manufacturer"]!.GetValue<int>());
        Assert.Equal("[0,208,254,3,3,0]", payload["data"]!.ToJsonString());
        Assert.Equal("0594F8E9", payload["uid"]!.GetValue<string>());
    }

    [Fact]
    public void A_remote_management_command_is_an_rmc_broadcast()
    {
        // Function 0x0604, manufacturer 0x7FF, message 01 02; optional: destination, source, dBm 60, no delay.
        var packet = Esp3PacketWriter.Write(Esp3PacketType.RemoteManCommand, [0x06, 0x04, 0x07, 0xFF, 0x01, 0x02], [0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x02, 0x03, 0x04, 0x3C, 0x00]);
        Assert.True(Esp3PacketParser.TryParse(packet, out var parsed, out _));

        var command = TelegramBroadcasts.ForRemoteManagement(parsed, ConnectorUri, ReceivedAt);

        Assert.NotNull(command);
        Assert.Equal("ENOCEAN_RADIO_RMC", command.CommandId);
        Assert.Equal(
            """{"function":1540,"manufacturer":2047,"data":[1,2],"destinationId":"FFFFFFFF","sourceId":"01020304","dBm":-60,"connectorURI":"000001/021/FFC0/0001"}""",
            command.PayloadJson);
    }

    private static Erp1Telegram Telegram(string hex)
    {
        Assert.True(Esp3PacketParser.TryParse(Convert.FromHexString(hex), out var packet, out _));
        Assert.True(Erp1TelegramParser.TryParse(packet, out var telegram, out _));
        return telegram;
    }
}
