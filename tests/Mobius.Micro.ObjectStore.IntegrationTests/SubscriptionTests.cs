using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>The subscription websocket: handshake, subscriptions and the four event types.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class SubscriptionTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task The_server_greets_then_authorizes_a_subscriber()
    {
        var subscriber = await store.UserWithRolesAsync("subscribe");

        await using var client = await SubscriptionClient.AuthorizedAsync(store.Factory, subscriber.Token!);

        Assert.Equal(WebSocketState.Open, client.Socket.State);
    }

    [Fact]
    public async Task A_bad_token_is_answered_unauthorized_and_closed()
    {
        await using var client = await SubscriptionClient.ConnectAsync(store.Factory);
        await client.ReceiveAsync();

        await client.SendAsync(new JsonObject { ["topic"] = "authorize", ["payload"] = "Bearer not.a.token" });

        var answer = await client.ReceiveAsync();
        Assert.Equal("unauthorized", (string?)answer?["topic"]);
        Assert.Equal("unauthorized", (string?)answer?["payload"]?["errorCode"]);
        Assert.Null(await client.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, client.Socket.CloseStatus);
    }

    [Fact]
    public async Task A_user_without_the_subscribe_role_is_refused()
    {
        var reader = await store.UserWithRolesAsync("read", "write");
        await using var client = await SubscriptionClient.ConnectAsync(store.Factory);
        await client.ReceiveAsync();

        await client.SendAsync(new JsonObject { ["topic"] = "authorize", ["payload"] = $"Bearer {reader.Token}" });

        var answer = await client.ReceiveAsync();
        Assert.Equal("unauthorized", (string?)answer?["topic"]);
        Assert.Equal("forbidden", (string?)answer?["payload"]?["errorCode"]);
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task Subscribing_before_authorizing_is_an_error_and_changes_nothing()
    {
        await using var client = await SubscriptionClient.ConnectAsync(store.Factory);
        await client.ReceiveAsync();

        await client.SendAsync(JsonNode.Parse("""{"topic":"subscribe","payload":{"type":"resource-cov","uri":"#"}}""")!);

        var answer = await client.ReceiveAsync();
        Assert.Equal("error", (string?)answer?["topic"]);
        Assert.Equal("not_authorized", (string?)answer?["payload"]?["errorCode"]);
    }

    [Fact]
    public async Task Subscriptions_are_echoed_with_the_uri_upper_case_and_bad_ones_answered_with_an_error()
    {
        var subscriber = await store.UserWithRolesAsync("subscribe");
        await using var client = await SubscriptionClient.AuthorizedAsync(store.Factory, subscriber.Token!);

        await client.SendAsync(JsonNode.Parse("""{"topic":"subscribe","payload":{"type":"object-cov","uri":"000001/022/00ab/+"}}""")!);
        var echo = await client.ReceiveAsync();
        await client.SendAsync(JsonNode.Parse("""{"topic":"unsubscribe","payload":{"type":"object-cov","uri":"000001/022/00AB/+"}}""")!);
        var unsubscribed = await client.ReceiveAsync();
        await client.SendAsync(JsonNode.Parse("""{"topic":"subscribe","payload":{"type":"everything","uri":"#"}}""")!);
        var badType = await client.ReceiveAsync();
        await client.SendAsync(JsonNode.Parse("""{"topic":"subscribe","payload":{"type":"resource-cov","uri":"000001/#/40"}}""")!);
        var badUri = await client.ReceiveAsync();
        await client.SendTextAsync("not json");
        var notJson = await client.ReceiveAsync();
        await client.SendAsync(JsonNode.Parse("""{"topic":"dance"}""")!);
        var unknownTopic = await client.ReceiveAsync();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"topic":"subscribe","payload":{"type":"object-cov","uri":"000001/022/00AB/+"}}"""), echo), echo?.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"topic":"unsubscribe","payload":{"type":"object-cov","uri":"000001/022/00AB/+"}}"""), unsubscribed));
        Assert.Equal("invalid_subscription", (string?)badType?["payload"]?["errorCode"]);
        Assert.Equal("invalid_uri", (string?)badUri?["payload"]?["errorCode"]);
        Assert.Equal("invalid_message", (string?)notJson?["payload"]?["errorCode"]);
        Assert.Equal("unknown_topic", (string?)unknownTopic?["payload"]?["errorCode"]);
        Assert.Equal(WebSocketState.Open, client.Socket.State);
    }

    [Fact]
    public async Task A_decoder_write_reaches_resource_subscribers_within_a_second()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.TemperatureHumiditySensorAsync(admin);
        await using var client = await SubscriptionClient.AuthorizedAsync(store.Factory, admin.Token!);
        await client.SubscribeAsync("resource-cov", $"{uri.ToLowerInvariant()}/+");

        var clock = Stopwatch.StartNew();
        await store.Bus.Publish(new ObjectValuesReported
        {
            ObjectUri = uri,
            ObservedAt = DateTimeOffset.UtcNow,
            Values = [ReportedValue.Of("41", 23.4)],
        });
        var cov = await client.WaitForAsync(message => (string?)message["payload"]?["uri"] == $"{uri}/41");
        var elapsed = clock.Elapsed;

        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"took {elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal("resource-cov", (string?)cov!["topic"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", (string?)cov["timestamp"]);
        var value = cov["payload"]!["value"]!;
        Assert.Equal(["rid", "type", "name", "pv", "prar", "settings"], value.AsObject().Select(property => property.Key));
        Assert.Equal(23.4, (double?)value["pv"]);
        Assert.Equal("temperature", (string?)value["name"]);
    }

    [Fact]
    public async Task An_api_write_reaches_object_subscribers_and_masks_the_psk()
    {
        var admin = await store.AdminAsync();
        var (uri, _, _) = await TestObjects.ConnectorAsync(admin);
        await using var client = await SubscriptionClient.AuthorizedAsync(store.Factory, admin.Token!);
        await client.SubscribeAsync("object-cov", uri);
        await client.SubscribeAsync("resource-cov", $"{uri}/0C");
        var psk = TestIds.Psk();

        await admin.WriteAsync($"{uri}/0C", psk);

        var resourceEvent = await client.WaitForAsync(message => (string?)message["topic"] == "resource-cov");
        var objectEvent = await client.WaitForAsync(message => (string?)message["topic"] == "object-cov");
        Assert.Equal("********", (string?)resourceEvent!["payload"]!["value"]!["pv"]);
        Assert.Equal(uri, (string?)objectEvent!["payload"]!["uri"]);
        Assert.Equal("mobiusFlowConnector", (string?)objectEvent["payload"]!["value"]!["profileName"]);
        Assert.DoesNotContain(psk, resourceEvent.ToJsonString() + objectEvent.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_status_change_reaches_service_status_subscribers()
    {
        var admin = await store.AdminAsync();
        await using var client = await SubscriptionClient.AuthorizedAsync(store.Factory, admin.Token!);
        await client.SubscribeAsync("service-status", "000001/+");

        await store.Bus.Publish(new ServiceHealthReported
        {
            Hid = "000001", Sid = "023", Status = 0, StatusText = "bus: Unhealthy", Instance = "test", ReportedAt = DateTimeOffset.UtcNow,
        });

        var status = await client.WaitForAsync(message => (string?)message["payload"]?["uri"] == "000001/023" && (double?)message["payload"]!["value"]!["status"] == 0);
        Assert.Equal("service-status", (string?)status!["topic"]);
        Assert.Equal("bus: Unhealthy", (string?)status["payload"]!["value"]!["statusText"]);
        Assert.NotNull(status["payload"]!["value"]!["lastChanged"]);
    }

    [Fact]
    public async Task Broadcast_commands_reach_subscribers_of_the_hub()
    {
        var subscriber = await store.UserWithRolesAsync("subscribe");
        await using var client = await SubscriptionClient.AuthorizedAsync(store.Factory, subscriber.Token!);
        await client.SubscribeAsync("broadcast-command", "000001/#");
        var payload = """{"rorg":"F6","db_0":100,"uid":"12345678","status":23,"subTelNum":1,"dBm":-5,"connectorURI":"000001/021/FFC0/0001"}""";

        await store.Bus.Publish(new BroadcastCommands { Commands = [new BroadcastCommand { CommandId = "ENOCEAN_RADIO_ERP1", PayloadJson = payload, IssuedAt = DateTimeOffset.UtcNow }] });

        var command = await client.WaitForAsync(message => (string?)message["topic"] == "broadcast-command");
        Assert.Equal("000001", (string?)command!["payload"]!["uri"]);
        Assert.Equal("ENOCEAN_RADIO_ERP1", (string?)command["payload"]!["value"]!["cid"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(payload), command["payload"]!["value"]!["payload"]));
    }

    [Fact]
    public async Task After_unsubscribing_no_more_events_come()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);
        await using var client = await SubscriptionClient.AuthorizedAsync(store.Factory, admin.Token!);
        await client.SubscribeAsync("resource-cov", $"{uri}/40");
        await admin.WriteAsync($"{uri}/40", 1);
        await client.WaitForAsync(message => (string?)message["topic"] == "resource-cov");

        await client.SendAsync(JsonNode.Parse($$$"""{"topic":"unsubscribe","payload":{"type":"resource-cov","uri":"{{{uri}}}/40"}}""")!);
        await client.WaitForAsync(message => (string?)message["topic"] == "unsubscribe");
        await admin.WriteAsync($"{uri}/40", 2);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ReceiveAsync(TimeSpan.FromMilliseconds(700)));
    }

    [Fact]
    public async Task A_plain_get_of_the_websocket_endpoint_is_400()
    {
        var response = await store.Anonymous().GetAsync("/api/v1/mobius/subscribe/connect");

        ApiAssert.Refused(response, HttpStatusCode.BadRequest, "websocket_required");
    }
}
