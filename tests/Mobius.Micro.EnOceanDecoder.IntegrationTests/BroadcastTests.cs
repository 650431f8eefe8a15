using Mobius.Micro.EnOcean;

namespace Mobius.Micro.EnOceanDecoder.IntegrationTests;

/// <summary>Every received telegram is broadcast for Engine API subscribers, known sender or not.</summary>
[Collection(EnOceanStackCollection.Name)]
public sealed class BroadcastTests(EnOceanStackFixture stack)
{
    [Fact]
    public async Task A_telegram_from_an_unknown_sender_is_broadcast_in_the_specs_shape()
    {
        using var api = await stack.LoggedInApiAsync();
        var (connector, connectorUri) = await stack.ConnectorAsync(api, "MF_BC0001");
        await using var _ = connector;

        await connector.SendEnOceanAsync(Telegrams.Radio(Rorg.FourBs, "0071870A", 0x0BC00001, dbm: -70));

        var broadcast = Assert.Single(await stack.Watcher.Broadcasts.WaitForAsync(message => message.PayloadJson.Contains("\"uid\":\"0BC00001\"", StringComparison.Ordinal)));
        Assert.Equal("ENOCEAN_RADIO_ERP1", broadcast.CommandId);
        Assert.Equal(
            $$"""{"rorg":"A5","db_0":10,"db_1":135,"db_2":113,"db_3":0,"uid":"0BC00001","status":0,"subTelNum":1,"dBm":-70,"connectorURI":"{{connectorUri}}"}""",
            broadcast.PayloadJson);
    }
}
