using System.Text.Json.Nodes;
using Mobius.Micro.Contracts;
using Mobius.Micro.WorkOccDecoder.Telegrams;

namespace Mobius.Micro.WorkOccDecoder.Tests;

public sealed class WorkOccTelegramBroadcastTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2025, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_frame_is_broadcast_as_WORKOCC_TELEGRAM_with_its_fields_and_the_connector()
    {
        var command = WorkOccTelegramBroadcast.For(Frames.Parse(Frames.SpecExample), Raw(Frames.SpecExample, rssi: -71));

        Assert.Equal("WORKOCC_TELEGRAM", command.CommandId);
        Assert.Equal(ReceivedAt, command.IssuedAt);
        Assert.Equal(
            """{"uid":"4B1D0007","type":"occupancy","seq":42,"fields":{"state":"occupied","sinceChange":300,"battery":85},"data":"A701014B1D00072A01012C5532","connectorURI":"000001/021/FFC0/0001","dBm":-71}""",
            command.PayloadJson);
    }

    [Fact]
    public void Without_a_reported_rssi_there_is_no_dBm()
    {
        var command = WorkOccTelegramBroadcast.For(Frames.Parse(Frames.PeopleCount), Raw(Frames.PeopleCount, rssi: null));

        var payload = JsonNode.Parse(command.PayloadJson)!.AsObject();
        Assert.False(payload.ContainsKey("dBm"));
        Assert.Equal("peopleCount", payload["type"]!.GetValue<string>());
        Assert.Equal(65535, payload["fields"]!["in"]!.GetValue<int>());
    }

    private static RawTelegramReceived Raw(string hex, int? rssi) => new()
    {
        ConnectorSerial = "MF_00BCC0",
        ConnectorUri = "000001/021/FFC0/0001",
        Module = RadioModules.WorkOcc,
        Data = Convert.FromHexString(hex),
        Rssi = rssi,
        ReceivedAt = ReceivedAt,
        Boot = "7f3a9c21",
        Seq = 1,
    };
}
