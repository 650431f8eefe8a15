using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>
/// Every verification rule refuses its message with its reason, counted on the connector's live
/// status and in the gateway's metrics, and nothing refused is relayed: only the valid message that
/// follows it reaches the device object and the accepted count.
/// </summary>
[Collection(GatewayStackCollection.Name)]
public sealed class RejectionTests(GatewayStack stack)
{
    /// <summary>More than the gateway's replay window (64): a copy this far back is a replay, not a late message.</summary>
    private const int ReplayWindow = 100;

    public static TheoryData<string> ReasonsOfKnownConnectors => ["malformed", "alg_none", "bad_signature", "topic_mismatch", "stale", "replay", "bad_payload"];

    [Theory]
    [MemberData(nameof(ReasonsOfKnownConnectors))]
    public async Task A_refused_message_is_counted_with_its_reason_and_never_relayed(string attack)
    {
        await using var site = await stack.RegisterAsync();
        var reason = attack == "alg_none" ? "malformed" : attack;
        var metricBefore = await stack.RejectionMetricAsync(reason);

        await SendAsync(site, attack);
        await site.Connector.SendEnOceanAsync(site.Telegram(humidityRaw: 200, temperatureRaw: 125));

        // A replay needs two accepted messages before it: the one it copies and one a window later.
        var accepted = attack == "replay" ? "3" : "1";
        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(site.Connector.Serial, "accepted"), count => count == accepted, "the valid message being accepted");
        Assert.Equal("1", await stack.LiveStatusAsync(site.Connector.Serial, $"rejected:{reason}"));
        Assert.Equal("1", await stack.LiveStatusAsync(site.Connector.Serial, "rejected"));
        // The metrics endpoint caches its answer for a moment: wait for the scrape that shows the change.
        await Eventually.HoldsAsync(() => stack.RejectionMetricAsync(reason), count => count == metricBefore + 1, $"the {reason} counter moving by one");
        using var api = await stack.ApiAsync();
        var device = await Eventually.HoldsAsync(() => api.GetObjectAsync(site.DevicePath),
            o => o.ResourceNamed("temperature").NumberAtPriority(15) is 20.0, "the valid telegram's 20 °C reaching the device");
        Assert.Equal(80.0, device.ResourceNamed("humidity").NumberAtPriority(15)!.Value, precision: 6);
    }

    [Fact]
    public async Task A_message_from_a_serial_without_a_connector_object_is_an_unknown_connector()
    {
        var before = await stack.RejectionMetricAsync("unknown_connector");
        await using var stranger = new TestConnector("MF_0DD000", GatewayStack.Psk, stack.TopicPrefix);
        await stranger.ConnectAsync();

        await stranger.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x0DD00001, 1, 1));

        await Eventually.HoldsAsync(() => stack.RejectionMetricAsync("unknown_connector"), count => count == before + 1, "the unknown_connector counter moving");
        Assert.Null(await stack.LiveStatusAsync("MF_0DD000", "accepted"));
    }

    [Fact]
    public async Task A_message_on_a_topic_that_is_not_a_connector_topic_is_a_bad_topic()
    {
        var before = await stack.RejectionMetricAsync("bad_topic");
        await using var site = await stack.RegisterAsync();
        var lowerCaseSerial = new TestConnector(site.Connector.Serial.ToLowerInvariant(), GatewayStack.Psk, stack.TopicPrefix);
        await lowerCaseSerial.ConnectAsync();

        await lowerCaseSerial.SendEnOceanAsync(site.Telegram(1, 1));

        await Eventually.HoldsAsync(() => stack.RejectionMetricAsync("bad_topic"), count => count == before + 1, "the bad_topic counter moving");
        await lowerCaseSerial.DisposeAsync();
    }

    private static async Task SendAsync(Site site, string attack)
    {
        var connector = site.Connector;
        var telegram = site.Telegram(humidityRaw: 10, temperatureRaw: 10);
        switch (attack)
        {
            case "malformed":
                await connector.PublishRawAsync("up", "not.a-token");
                break;
            case "alg_none":
                await connector.PublishRawAsync("up", TestConnector.SignWithHeader("""{"alg":"none","typ":"JWT"}""", connector.UpClaims(telegram), GatewayStack.Psk));
                break;
            case "bad_signature":
                await connector.SendEnOceanAsync(telegram, signingKey: "another pre-shared key");
                break;
            case "topic_mismatch":
                var claims = connector.UpClaims(telegram);
                claims["sn"] = "MF_000001";
                await connector.PublishRawAsync("up", connector.Sign(claims));
                break;
            case "stale":
                var old = connector.UpClaims(telegram);
                old["iat"] = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds();
                await connector.PublishRawAsync("up", connector.Sign(old));
                break;
            case "replay":
                var captured = connector.Sign(connector.UpClaims(telegram));
                await connector.PublishRawAsync("up", captured);
                connector.SkipSequence(ReplayWindow);
                await connector.SendEnOceanAsync(telegram);
                await connector.PublishRawAsync("up", captured);
                break;
            case "bad_payload":
                telegram[^1] ^= 0xFF;
                await connector.SendEnOceanAsync(telegram);
                break;
        }
    }
}
