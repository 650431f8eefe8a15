using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>A connector object created through the Engine API takes effect within 5 seconds, with no restart.</summary>
[Collection(GatewayStackCollection.Name)]
public sealed class HotReloadTests(GatewayStack stack)
{
    [Fact]
    public async Task A_connector_refused_as_unknown_is_accepted_once_its_object_exists()
    {
        var serial = $"MF_{Random.Shared.Next(0x1000000):X6}";
        var senderId = (uint)Random.Shared.Next(0x01000000, int.MaxValue);
        await using var connector = new TestConnector(serial, GatewayStack.Psk, stack.TopicPrefix);
        await connector.ConnectAsync();
        var before = await stack.RejectionMetricAsync("unknown_connector");
        await connector.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(senderId, 1, 1));
        await Eventually.HoldsAsync(() => stack.RejectionMetricAsync("unknown_connector"), count => count == before + 1, "the first message being refused");

        using var api = await stack.ApiAsync();
        await api.CreateObjectAsync("021/FFC0", ("0B", serial), ("0C", GatewayStack.Psk));
        var created = DateTime.UtcNow;
        while (await stack.LiveStatusAsync(serial, "accepted") is null)
        {
            Assert.True(DateTime.UtcNow - created < TimeSpan.FromSeconds(5), $"{serial} still refused 5 s after its object was created");
            await connector.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(senderId, 2, 2));
            await Task.Delay(250);
        }
    }
}
