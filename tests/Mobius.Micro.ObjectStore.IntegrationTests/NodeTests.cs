using System.Net;
using System.Text.Json.Nodes;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Node configuration, health, backup and restore.</summary>
public sealed class NodeTests(NodeTests.Fixture fixture) : IClassFixture<NodeTests.Fixture>
{
    private readonly IsolatedStore store = fixture.Store;

    public sealed class Fixture : IsolatedStoreFixture;

    [Fact]
    public async Task The_node_configuration_names_the_hub_and_its_services()
    {
        var admin = await store.AdminAsync();

        var config = await admin.GetAsync("/api/v1/mobius/node/config/000001");

        ApiAssert.Ok(config);
        Assert.Equal("000001", (string?)config.Data["hid"]);
        Assert.Equal("Mobius.Micro", (string?)config.Data["name"]);
        Assert.Equal(["020", "021", "022", "023"], config.Data["services"]!.AsArray().Select(service => (string?)service!["sid"]));
        Assert.Equal(30, (double?)config.Data["historyRetentionDays"]);
    }

    [Fact]
    public async Task The_healthcheck_names_each_dependency_and_service()
    {
        var admin = await store.AdminAsync();

        var health = await admin.GetAsync("/api/v1/mobius/node/healthcheck/000001");

        ApiAssert.Ok(health);
        Assert.Contains((string?)health.Data["status"], new[] { "ok", "degraded" });
        Assert.Equal("Healthy", (string?)health.Data["checks"]!["postgres"]);
        Assert.Equal(4, health.Data["services"]!.AsArray().Count);
        ApiAssert.Refused(await admin.GetAsync("/api/v1/mobius/node/healthcheck/000002"), HttpStatusCode.NotFound, "unknown_hub");
        ApiAssert.Refused(await admin.GetAsync("/api/v1/mobius/node/healthcheck/0001"), HttpStatusCode.BadRequest, "invalid_uri");
    }

    [Fact]
    public async Task A_backup_masks_psks_unless_an_admin_asks_for_secrets()
    {
        var admin = await store.AdminAsync();
        var (uri, _, psk) = await TestObjects.ConnectorAsync(admin);
        var configurer = await UserAsync(admin, "configure");
        var reader = await UserAsync(admin, "read");

        var masked = await configurer.GetAsync("/api/v1/mobius/node/backup/000001");
        var secret = await admin.GetAsync("/api/v1/mobius/node/backup/000001?secrets=true");

        ApiAssert.Ok(masked);
        Assert.Equal("mobius-micro-backup", (string?)masked.Data["format"]);
        Assert.False((bool?)masked.Data["secrets"]);
        Assert.DoesNotContain(psk, masked.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("********", (string?)Entry(masked, uri)["resources"]!["0C"]!["prar"]![15]);
        Assert.Equal(psk, (string?)Entry(secret, uri)["resources"]!["0C"]!["prar"]![15]);
        Assert.DoesNotContain(masked.Data["objects"]!.AsArray(), entry => ((string?)entry!["uri"])!.EndsWith("/0001/0001", StringComparison.Ordinal));
        ApiAssert.Refused(await configurer.GetAsync("/api/v1/mobius/node/backup/000001?secrets=true"), HttpStatusCode.Forbidden, "forbidden", "admin");
        ApiAssert.Refused(await reader.GetAsync("/api/v1/mobius/node/backup/000001"), HttpStatusCode.Forbidden, "forbidden");
        ApiAssert.Refused(await admin.GetAsync("/api/v1/mobius/node/backup/000001?secrets=maybe"), HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Backup_wipe_restore_gives_back_identical_objects()
    {
        var admin = await store.AdminAsync();
        await CreateVarietyAsync(admin);
        var before = await AllObjectsAsync(admin);
        var backup = await admin.GetAsync("/api/v1/mobius/node/backup/000001?secrets=true");

        foreach (var uri in before.Select(entry => entry.Key))
        {
            ApiAssert.Ok(await admin.DeleteAsync($"/api/v1/mobius/object/{uri}"));
        }

        Assert.Empty(await AllObjectsAsync(admin));
        var restored = await admin.PostAsync("/api/v1/mobius/node/restore/000001", backup.Data);
        var after = await AllObjectsAsync(admin);

        ApiAssert.Ok(restored);
        Assert.Equal(before.Count, (int?)restored.Data["restored"]);
        Assert.Equal(before.Select(entry => entry.Key), after.Select(entry => entry.Key));
        foreach (var (uri, document) in before)
        {
            Assert.True(JsonNode.DeepEquals(document, after[uri]), $"{uri} differs:\n{document!.ToJsonString()}\n{after[uri]!.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Restoring_a_masked_backup_keeps_the_stored_psks_and_drops_objects_not_in_it()
    {
        var admin = await store.AdminAsync();
        var (connector, serial, psk) = await TestObjects.ConnectorAsync(admin);
        var backup = await admin.GetAsync("/api/v1/mobius/node/backup/000001");
        var extra = await TestObjects.BoolAsync(admin);
        await admin.WriteAsync($"{connector}/01", "renamed after the backup");

        var restored = await admin.PostAsync("/api/v1/mobius/node/restore/000001", backup.Body);

        ApiAssert.Ok(restored);
        Assert.True((int?)restored.Data["deleted"] >= 1);
        ApiAssert.Refused(await admin.GetObjectAsync(extra), HttpStatusCode.NotFound, "object_not_found");
        Assert.Equal("", (string?)(await admin.GetResourceAsync($"{connector}/01")).Data["pv"]);
        var credentials = await store.Bus.CreateRequestClient<GetConnectorCredentials>().GetResponse<ConnectorCredentials>(new() { Hid = "000001", Serial = serial });
        Assert.Equal(psk, credentials.Message.Psk);
    }

    [Fact]
    public async Task A_masked_psk_with_nothing_stored_to_keep_is_refused_and_nothing_changes()
    {
        var admin = await store.AdminAsync();
        var (connector, _, _) = await TestObjects.ConnectorAsync(admin);
        var backup = (await admin.GetAsync("/api/v1/mobius/node/backup/000001")).Data;
        var keep = await TestObjects.BoolAsync(admin);
        await admin.DeleteAsync($"/api/v1/mobius/object/{connector}");

        var restored = await admin.PostAsync("/api/v1/mobius/node/restore/000001", backup);

        ApiAssert.Refused(restored, HttpStatusCode.BadRequest, "missing_secret", $"{connector}/0C");
        ApiAssert.Ok(await admin.GetObjectAsync(keep));
    }

    [Theory]
    [InlineData("""{"format":"something-else","version":1,"hid":"000001","services":[],"objects":[]}""", "format")]
    [InlineData("""{"format":"mobius-micro-backup","version":1,"hid":"000002","services":[],"objects":[]}""", "000002")]
    [InlineData("""{"format":"mobius-micro-backup","version":1,"hid":"000001","services":[],"objects":[{"uri":"000001/020/0002","resources":{}}]}""", "000001/020/0002")]
    [InlineData("""{"format":"mobius-micro-backup","version":1,"hid":"000001","services":[],"objects":[{"uri":"000001/020/0002/0001","resources":{"40":{"prar":[1]}}}]}""", "16 slots")]
    [InlineData("""{"format":"mobius-micro-backup","version":1,"hid":"000001","services":[],"objects":[{"uri":"000001/020/0002/0001","resources":{"40":{"prar":[null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,"x"]}}}]}""", "number")]
    [InlineData("""{"format":"mobius-micro-backup","version":1,"hid":"000001","services":[],"objects":[{"uri":"000001/020/0002/0001","resources":{"7F":{"prar":[]}}}]}""", "7F")]
    [InlineData("""{"format":"mobius-micro-backup","version":1,"hid":"000001","services":[],"objects":[{"uri":"000001/020/0001/0001","resources":{}}]}""", "0001")]
    [InlineData("""{"format":"mobius-micro-backup","version":1,"hid":"000001","services":[{"sid":"0FF","name":"x","state":"running","settings":{}}],"objects":[]}""", "0FF")]
    [InlineData("""{"format":"mobius-micro-backup","version":1,"hid":"000001","services":[{"sid":"020","name":"x","state":"paused","settings":{}}],"objects":[]}""", "state")]
    [InlineData("""[]""", "backup")]
    public async Task A_bad_backup_is_400_and_changes_nothing(string document, string mentioned)
    {
        var admin = await store.AdminAsync();
        var keep = await TestObjects.BoolAsync(admin);

        ApiAssert.Refused(await admin.PostAsync("/api/v1/mobius/node/restore/000001", document), HttpStatusCode.BadRequest, "invalid_backup", mentioned);
        ApiAssert.Ok(await admin.GetObjectAsync(keep));
    }

    [Fact]
    public async Task Restore_needs_configure()
    {
        var admin = await store.AdminAsync();
        var writer = await UserAsync(admin, "write");

        ApiAssert.Refused(await writer.PostAsync("/api/v1/mobius/node/restore/000001", "{}"), HttpStatusCode.Forbidden, "forbidden", "configure");
    }

    private async Task CreateVarietyAsync(EngineApi admin)
    {
        await TestObjects.ConnectorAsync(admin);
        var sensor = await TestObjects.TemperatureHumiditySensorAsync(admin);
        await store.Bus.Publish(new ObjectValuesReported
        {
            ObjectUri = sensor, ObservedAt = DateTimeOffset.UtcNow, Values = [ReportedValue.Of("41", 19.5), ReportedValue.Of("42", true)],
        });
        await Eventually.ReturnsAsync(() => admin.GetResourceAsync($"{sensor}/41"), read => (double?)read.Data["pv"] == 19.5);
        var number = await TestObjects.NumericAsync(admin, new JsonObject { ["pv"] = 3, ["units"] = "m", ["tags"] = new JsonArray("a", "b") });
        await admin.WriteAsync($"{number}/40", 8, priority: 4);
        await admin.WriteAsync($"{number}/40", 9);
        await admin.WriteAsync($"{number}/01", "numbered");
        await TestObjects.StringAsync(admin, new JsonObject { ["pv"] = "text", ["maxlen"] = 10 });
        await admin.PatchAsync("/api/v1/mobius/service/config/000001/020", """{"settings":{"restored":true}}""");
    }

    private static async Task<SortedDictionary<string, JsonNode?>> AllObjectsAsync(EngineApi admin)
    {
        var all = await admin.GetAsync("/api/v1/mobius/discover/000001/%23");
        return new SortedDictionary<string, JsonNode?>(
            all.Data.AsObject().Where(entry => !entry.Key.EndsWith("/0001/0001", StringComparison.Ordinal)).ToDictionary(entry => entry.Key, entry => entry.Value?.DeepClone()),
            StringComparer.Ordinal);
    }

    private static JsonNode Entry(ApiResponse backup, string uri) =>
        backup.Data["objects"]!.AsArray().Single(entry => (string?)entry!["uri"] == uri)!;

    private async Task<EngineApi> UserAsync(EngineApi admin, string role)
    {
        var username = $"user-{Guid.NewGuid():N}"[..20];
        await admin.PostAsync("/api/v1/auth/user", new JsonObject { ["username"] = username, ["password"] = "a-good-password", ["roles"] = new JsonObject { [role] = true } });
        return await store.Anonymous().AuthenticatedAsAsync(username, "a-good-password");
    }
}
