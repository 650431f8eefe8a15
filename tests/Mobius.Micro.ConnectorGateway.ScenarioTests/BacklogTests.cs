using MQTTnet;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>
/// A gateway that crashed finds what connectors sent meanwhile in its MQTT session: a backlog of
/// several megabytes (far more than one socket buffer) is relayed in full once it is back, well
/// within the freshness window, and nothing of it is refused.
/// </summary>
[Collection(GatewayStackCollection.Name)]
public sealed class BacklogTests(GatewayStack stack)
{
    private const int Backlog = 10_000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_backlog_queued_while_the_gateway_was_down_is_relayed_in_full()
    {
        await using var site = await stack.RegisterAsync();
        var connector = site.Connector;
        await connector.SendEnOceanAsync(site.Telegram(0, 0));
        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(connector.Serial, "accepted"), count => count == "1", "the first telegram being accepted");

        await stack.StopGatewayAsync();
        for (var number = 1; number <= Backlog; number++)
        {
            Assert.Equal(MqttClientPublishReasonCode.Success, await connector.SendEnOceanAsync(site.Telegram((byte)(number % 250), (byte)(number / 250))));
        }

        await stack.StartGatewayAgainAsync();
        await Eventually.HoldsAsync(
            () => stack.LiveStatusAsync(connector.Serial, "accepted"), count => count == $"{Backlog + 1}", $"all {Backlog} queued telegrams being accepted", Patience);
        Assert.Null(await stack.LiveStatusAsync(connector.Serial, "rejected"));
    }
}
