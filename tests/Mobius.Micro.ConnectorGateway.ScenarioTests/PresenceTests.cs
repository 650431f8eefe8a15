using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>Online and offline on the connector's live status and its object: status, last will, heartbeat timeout.</summary>
[Collection(GatewayStackCollection.Name)]
public sealed class PresenceTests(GatewayStack stack)
{
    [Fact]
    public async Task A_status_fills_the_connector_object_and_its_last_will_takes_it_offline()
    {
        await using var site = await stack.RegisterAsync(lastWill: true);
        using var api = await stack.ApiAsync();

        await site.Connector.SendStatusAsync(online: true, "WorkOcc", "EnOcean");

        var online = await Eventually.HoldsAsync(() => api.GetObjectAsync(site.ConnectorPath),
            o => o.ResourceNamed("online")["pv"]!.GetValue<bool>(), "the connector object going online");
        Assert.Equal("2.1.0", online.ResourceNamed("firmwareVersion")["pv"]!.GetValue<string>());
        Assert.Equal("EXT00112", online.ResourceNamed("partNumber")["pv"]!.GetValue<string>());
        Assert.Equal("WorkOcc", online.ResourceNamed("module1Type")["pv"]!.GetValue<string>());
        Assert.Equal("EnOcean", online.ResourceNamed("module2Type")["pv"]!.GetValue<string>());
        Assert.Equal("192.0.2.10", online.ResourceNamed("ipAddress")["pv"]!.GetValue<string>());
        Assert.Equal(-51, online.ResourceNamed("rssi")["pv"]!.GetValue<double>());
        Assert.Equal("1:02:05", online.ResourceNamed("uptime")["pv"]!.GetValue<string>());
        Assert.Equal("1", await stack.LiveStatusAsync(site.Connector.Serial, "online"));

        await site.Connector.DropConnectionAsync();

        await Eventually.HoldsAsync(() => api.GetObjectAsync(site.ConnectorPath),
            o => !o.ResourceNamed("online")["pv"]!.GetValue<bool>(), "the last will taking the connector object offline");
        Assert.Equal("0", await stack.LiveStatusAsync(site.Connector.Serial, "online"));
    }

    [Fact]
    public async Task A_connector_silent_for_three_heartbeat_intervals_goes_offline()
    {
        await using var site = await stack.RegisterAsync();
        using var api = await stack.ApiAsync();
        await site.Connector.SendStatusAsync(online: true, "EnOcean");
        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(site.Connector.Serial, "online"), online => online == "1", "the connector going online");

        var offline = await Eventually.HoldsAsync(() => api.GetObjectAsync(site.ConnectorPath),
            o => !o.ResourceNamed("online")["pv"]!.GetValue<bool>() && o.ResourceNamed("online").PriorityValue(15) is not null,
            "the heartbeat timeout taking the connector object offline", TimeSpan.FromSeconds(20));

        Assert.Equal("0", await stack.LiveStatusAsync(site.Connector.Serial, "online"));
        Assert.NotNull(offline);
    }

    [Fact]
    public async Task Accepted_telegrams_and_the_last_sender_reach_the_connector_object()
    {
        await using var site = await stack.RegisterAsync();
        using var api = await stack.ApiAsync();

        await site.Connector.SendEnOceanAsync(site.Telegram(50, 50));

        var connector = await Eventually.HoldsAsync(() => api.GetObjectAsync(site.ConnectorPath),
            o => o.ResourceNamed("telegramsAccepted")["pv"]!.GetValue<double>() == 1, "the accepted counter reaching the connector object");
        Assert.Equal(site.SenderId.ToString("X8"), connector.ResourceNamed("lastEnOceanUID")["pv"]!.GetValue<string>());
        Assert.Equal(0, connector.ResourceNamed("telegramsRejected")["pv"]!.GetValue<double>());
    }
}
