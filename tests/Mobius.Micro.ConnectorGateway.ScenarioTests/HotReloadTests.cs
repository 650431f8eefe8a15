using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>
/// A connector object created, changed, disabled or deleted through the Engine API takes effect
/// within 5 seconds, with no restart. The stack trusts a registration for a minute, so it is the
/// object store's <c>ConnectorChanged</c> event that makes these changes fast, not the cache expiring.
/// </summary>
[Collection(GatewayStackCollection.Name)]
public sealed class HotReloadTests(GatewayStack stack)
{
    private static readonly TimeSpan TakesEffectWithin = TimeSpan.FromSeconds(5);

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
        await WithinAsync(
            () => connector.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(senderId, 2, 2)),
            async () => await stack.LiveStatusAsync(serial, "accepted") is not null,
            $"{serial} accepted after its object was created");
    }

    [Fact]
    public async Task A_rotated_psk_is_the_only_one_accepted()
    {
        const string rotated = "the rotated scenario pre-shared key";
        await using var site = await AcceptedSiteAsync();

        using var api = await stack.ApiAsync();
        await api.WriteResourceAsync(site.ConnectorPath, "0C", rotated);
        await WithinAsync(
            () => site.Connector.SendEnOceanAsync(site.Telegram(3, 3), signingKey: rotated),
            async () => await stack.LiveStatusAsync(site.Connector.Serial, "accepted") != "1",
            "a message signed with the new PSK accepted");

        var refused = await CountAsync(site, "rejected:bad_signature");
        await site.Connector.SendEnOceanAsync(site.Telegram(4, 4), signingKey: GatewayStack.Psk);
        await Eventually.HoldsAsync(() => CountAsync(site, "rejected:bad_signature"), count => count == refused + 1, "the old PSK refused");
    }

    [Fact]
    public async Task A_disabled_connector_is_refused_and_accepted_again_once_enabled()
    {
        await using var site = await AcceptedSiteAsync();

        using var api = await stack.ApiAsync();
        await api.WriteResourceAsync(site.ConnectorPath, "19", false);
        await WithinAsync(
            () => site.Connector.SendEnOceanAsync(site.Telegram(3, 3)),
            async () => await stack.LiveStatusAsync(site.Connector.Serial, "rejected:unknown_connector") is not null,
            "the disabled connector refused as unknown");

        var accepted = await CountAsync(site, "accepted");
        await api.WriteResourceAsync(site.ConnectorPath, "19", true);
        await WithinAsync(
            () => site.Connector.SendEnOceanAsync(site.Telegram(4, 4)),
            async () => await CountAsync(site, "accepted") > accepted,
            "the enabled connector accepted again");
    }

    [Fact]
    public async Task A_deleted_connector_is_refused_as_unknown()
    {
        await using var site = await AcceptedSiteAsync();
        var before = await stack.RejectionMetricAsync("unknown_connector");

        using var api = await stack.ApiAsync();
        await api.DeleteObjectAsync(site.ConnectorPath);
        await WithinAsync(
            () => site.Connector.SendEnOceanAsync(site.Telegram(3, 3)),
            async () => await stack.RejectionMetricAsync("unknown_connector") > before,
            "the deleted connector refused as unknown");
    }

    /// <summary>A registered connector whose first message was accepted (so its registration is cached).</summary>
    private async Task<Site> AcceptedSiteAsync()
    {
        var site = await stack.RegisterAsync();
        await site.Connector.SendEnOceanAsync(site.Telegram(1, 1));
        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(site.Connector.Serial, "accepted"), count => count == "1", "the first message accepted");
        return site;
    }

    private async Task<int> CountAsync(Site site, string field) =>
        int.Parse(await stack.LiveStatusAsync(site.Connector.Serial, field) ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sends every 250 ms until <paramref name="happened"/>, failing if that takes longer than 5 s.</summary>
    private static async Task WithinAsync(Func<Task> send, Func<Task<bool>> happened, string what)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            await send();
            await Task.Delay(250);
            if (await happened())
            {
                return;
            }

            Assert.True(DateTime.UtcNow - started < TakesEffectWithin, $"not within 5 s: {what}");
        }
    }
}
