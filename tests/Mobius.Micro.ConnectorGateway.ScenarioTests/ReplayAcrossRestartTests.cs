namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>The replay window outlives the gateway process: it is kept in Redis and read back on the first message after a start.</summary>
[Collection(GatewayStackCollection.Name)]
public sealed class ReplayAcrossRestartTests(GatewayStack stack)
{
    [Fact]
    public async Task After_a_restart_a_sequence_number_older_than_the_window_is_still_a_replay_and_a_redelivery_still_a_duplicate()
    {
        await using var site = await stack.RegisterAsync();
        var connector = site.Connector;
        var telegram = site.Telegram(100, 100);
        var skipped = connector.UpClaims(telegram);
        connector.SkipSequence(100);
        var accepted = connector.Sign(connector.UpClaims(telegram));
        await connector.PublishRawAsync("up", accepted);
        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(connector.Serial, "seq"), seq => seq == "102", "seq 102 being recorded");

        await stack.RestartGatewayAsync();
        await connector.PublishRawAsync("up", accepted);
        await connector.PublishRawAsync("up", connector.Sign(skipped));
        await connector.SendEnOceanAsync(telegram);

        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(connector.Serial, "accepted"), count => count == "2", "the next message being accepted");
        Assert.Equal("1", await stack.LiveStatusAsync(connector.Serial, "rejected:replay"));
        Assert.Equal("1", await stack.LiveStatusAsync(connector.Serial, "rejected"));
    }

    [Fact]
    public async Task A_message_overtaken_by_a_later_one_is_accepted_once()
    {
        await using var site = await stack.RegisterAsync();
        var connector = site.Connector;
        var telegram = site.Telegram(60, 60);
        var late = connector.Sign(connector.UpClaims(telegram));
        await connector.SendEnOceanAsync(telegram);

        await connector.PublishRawAsync("up", late);
        await connector.PublishRawAsync("up", late);
        await connector.SendEnOceanAsync(telegram);

        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(connector.Serial, "accepted"), count => count == "3", "the late message and the next one being accepted");
        Assert.Null(await stack.LiveStatusAsync(connector.Serial, "rejected"));
    }

    [Fact]
    public async Task A_new_boot_starts_its_sequence_again()
    {
        await using var site = await stack.RegisterAsync();
        var connector = site.Connector;
        await connector.SendEnOceanAsync(site.Telegram(1, 1));
        await connector.SendEnOceanAsync(site.Telegram(2, 2));

        connector.Reboot();
        await connector.SendEnOceanAsync(site.Telegram(3, 3));

        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(connector.Serial, "accepted"), count => count == "3", "the new boot's first message being accepted");
        Assert.Equal(connector.Boot, await stack.LiveStatusAsync(connector.Serial, "boot"));
        Assert.Equal("1", await stack.LiveStatusAsync(connector.Serial, "seq"));
        Assert.Null(await stack.LiveStatusAsync(connector.Serial, "rejected"));
    }
}
