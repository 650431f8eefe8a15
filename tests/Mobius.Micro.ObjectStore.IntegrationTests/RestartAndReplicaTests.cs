using System.Net;
using System.Text.Json.Nodes;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>
/// Several replicas on one database and virtual host: a restart loses nothing, and a change written
/// through one replica reaches the subscribers of another.
/// </summary>
public sealed class RestartAndReplicaTests(RestartAndReplicaTests.Fixture fixture) : IClassFixture<RestartAndReplicaTests.Fixture>
{
    private readonly IsolatedStore store = fixture.Store;

    public sealed class Fixture : IsolatedStoreFixture;

    [Fact]
    public async Task Restarting_the_object_store_loses_nothing()
    {
        var replica = await store.StartReplicaAsync();
        var admin = await store.AdminAsync(replica);
        var (connector, serial, psk) = await TestObjects.ConnectorAsync(admin);
        var number = await TestObjects.NumericAsync(admin, new JsonObject { ["units"] = "l" });
        await admin.WriteAsync($"{number}/40", 1, priority: 3);
        await admin.WriteAsync($"{number}/40", 2);
        var user = $"keeper-{Guid.NewGuid():N}"[..20];
        await admin.PostAsync("/api/v1/auth/user", new JsonObject { ["username"] = user, ["password"] = "a-good-password", ["roles"] = new JsonObject { ["read"] = true } });
        await admin.PostAsync("/api/v1/mobius/service/stop/000001/023", "{}");
        var before = (await admin.GetObjectAsync(number)).Data.ToJsonString();
        var history = (await admin.GetAsync($"/api/v1/mobius/history/{number}/40")).Data.ToJsonString();

        await store.StopReplicaAsync(replica);
        var restarted = await store.StartReplicaAsync();
        var again = await store.AdminAsync(restarted);

        Assert.Equal(before, (await again.GetObjectAsync(number)).Data.ToJsonString());
        Assert.Equal(history, (await again.GetAsync($"/api/v1/mobius/history/{number}/40")).Data.ToJsonString());
        Assert.Equal(serial, (string?)(await again.GetResourceAsync($"{connector}/0B")).Data["pv"]);
        Assert.Equal("stopped", (string?)(await again.GetAsync("/api/v1/mobius/service/config/000001/023")).Data["state"]);
        Assert.Equal(HttpStatusCode.OK, (await store.Anonymous(restarted).LoginAsync(user, "a-good-password")).Status);
        var credentials = await store.Bus.CreateRequestClient<GetConnectorCredentials>().GetResponse<ConnectorCredentials>(new() { Hid = "000001", Serial = serial });
        Assert.Equal(psk, credentials.Message.Psk);
        await again.PostAsync("/api/v1/mobius/service/start/000001/023", "{}");
    }

    [Fact]
    public async Task A_write_through_one_replica_reaches_the_subscribers_of_another()
    {
        var other = await store.StartReplicaAsync();
        var admin = await store.AdminAsync();
        var number = await TestObjects.NumericAsync(admin);
        await using var client = await SubscriptionClient.AuthorizedAsync(other, admin.Token!);
        await client.SubscribeAsync("resource-cov", $"{number}/40");
        await client.SubscribeAsync("object-cov", number);

        await admin.WriteAsync($"{number}/40", 77);

        var resource = await client.WaitForAsync(message => (string?)message["topic"] == "resource-cov" && (double?)message["payload"]!["value"]!["pv"] == 77);
        var objectEvent = await client.WaitForAsync(message => (string?)message["topic"] == "object-cov" && (double?)message["payload"]!["value"]!["resources"]!["40"]!["pv"] == 77);
        Assert.NotNull(resource);
        Assert.NotNull(objectEvent);
    }

    [Fact]
    public async Task A_report_consumed_by_any_replica_reaches_every_replicas_subscribers()
    {
        var other = await store.StartReplicaAsync();
        var admin = await store.AdminAsync();
        var sensor = await TestObjects.TemperatureHumiditySensorAsync(admin);
        await using var first = await SubscriptionClient.AuthorizedAsync(store.Factory, admin.Token!);
        await using var second = await SubscriptionClient.AuthorizedAsync(other, admin.Token!);
        await first.SubscribeAsync("resource-cov", $"{sensor}/41");
        await second.SubscribeAsync("resource-cov", $"{sensor}/41");

        await store.Bus.Publish(new ObjectValuesReported { ObjectUri = sensor, ObservedAt = DateTimeOffset.UtcNow, Values = [ReportedValue.Of("41", 31.0)] });

        Assert.NotNull(await first.WaitForAsync(message => (string?)message["topic"] == "resource-cov" && (double?)message["payload"]!["value"]!["pv"] == 31.0));
        Assert.NotNull(await second.WaitForAsync(message => (string?)message["topic"] == "resource-cov" && (double?)message["payload"]!["value"]!["pv"] == 31.0));
    }
}
