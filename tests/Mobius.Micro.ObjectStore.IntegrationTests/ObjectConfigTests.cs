using System.Net;
using System.Text.Json.Nodes;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Reading and changing an object's configuration, moving it to another instance.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class ObjectConfigTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task The_configuration_lists_configured_resources_with_the_psk_masked()
    {
        var admin = await store.AdminAsync();
        var (uri, serial, psk) = await TestObjects.ConnectorAsync(admin);

        var config = await admin.GetAsync($"/api/v1/mobius/object/config/{uri}");

        ApiAssert.Ok(config);
        Assert.Equal("FFC0", (string?)config.Data["pid"]);
        Assert.Equal(uri[^4..], (string?)config.Data["ins"]);
        var rids = config.Data["rids"]!.AsArray();
        Assert.Equal(["0B", "0C"], rids.Select(rid => (string?)rid!["rid"]));
        Assert.Equal(serial, (string?)rids[0]!["settings"]!["pv"]);
        Assert.Equal("********", (string?)rids[1]!["settings"]!["pv"]);
        Assert.DoesNotContain(psk, config.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_configuration_sets_defaults_and_settings()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);

        var changed = await admin.PatchAsync($"/api/v1/mobius/object/config/{uri}",
            """{"rids":[{"rid":"40","settings":{"pv":12.5,"units":"kWh","tags":["energy"]}},{"rid":"01","settings":{"pv":"meter"}}]}""");
        var resource = await admin.GetResourceAsync($"{uri}/40");

        ApiAssert.Ok(changed);
        Assert.Equal(12.5, (double?)resource.Data["pv"]);
        Assert.Equal(12.5, (double?)resource.Data["prar"]![15]);
        Assert.Equal("kWh", (string?)resource.Data["settings"]!["units"]);
        Assert.Equal("energy", (string?)resource.Data["settings"]!["tags"]![0]);
        Assert.Equal("rw", (string?)resource.Data["settings"]!["access"]);
        var entry = changed.Data["rids"]!.AsArray().Single(rid => (string?)rid!["rid"] == "40")!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"pv":12.5,"units":"kWh","tags":["energy"]}"""), entry["settings"]), entry.ToJsonString());
    }

    [Fact]
    public async Task A_null_setting_removes_the_override()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin, new JsonObject { ["units"] = "W" });

        await admin.PatchAsync($"/api/v1/mobius/object/config/{uri}", """{"rids":[{"rid":"40","settings":{"units":null}}]}""");

        Assert.Null((await admin.GetResourceAsync($"{uri}/40")).Data["settings"]!["units"]);
    }

    [Fact]
    public async Task The_masked_psk_sent_back_keeps_the_stored_one()
    {
        var admin = await store.AdminAsync();
        var (uri, serial, psk) = await TestObjects.ConnectorAsync(admin);
        var config = await admin.GetAsync($"/api/v1/mobius/object/config/{uri}");

        var sentBack = await admin.PatchAsync($"/api/v1/mobius/object/config/{uri}", new JsonObject { ["rids"] = config.Data["rids"]!.DeepClone() });

        ApiAssert.Ok(sentBack);
        var credentials = await store.Bus.CreateRequestClient<GetConnectorCredentials>().GetResponse<ConnectorCredentials>(new() { Hid = "000001", Serial = serial });
        Assert.Equal(psk, credentials.Message.Psk);
    }

    [Fact]
    public async Task A_new_ins_moves_the_object_with_its_history()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);
        await admin.WriteAsync($"{uri}/40", 5);
        var target = TestIds.Instance();

        var moved = await admin.PatchAsync($"/api/v1/mobius/object/config/{uri}", $$"""{"ins":"{{target.ToLowerInvariant()}}"}""");

        ApiAssert.Ok(moved);
        Assert.Equal($"{TestObjects.NumericValues}/{target}", (string?)moved.Body["uri"]);
        Assert.Equal(target, (string?)moved.Data["ins"]);
        ApiAssert.Refused(await admin.GetObjectAsync(uri), HttpStatusCode.NotFound, "object_not_found");
        Assert.Equal(5, (double?)(await admin.GetResourceAsync($"{TestObjects.NumericValues}/{target}/40")).Data["pv"]);
        var history = await admin.GetAsync($"/api/v1/mobius/history/{TestObjects.NumericValues}/{target}/40");
        Assert.Equal(5, (double?)history.Data[0]!["v"]);
    }

    [Fact]
    public async Task Moving_onto_a_taken_instance_is_409_and_changes_nothing()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);
        var other = await TestObjects.NumericAsync(admin);

        var moved = await admin.PatchAsync($"/api/v1/mobius/object/config/{uri}", $$$"""{"ins":"{{{other[^4..]}}}","rids":[{"rid":"01","settings":{"pv":"renamed"}}]}""");

        ApiAssert.Refused(moved, HttpStatusCode.Conflict, "object_exists", other);
        Assert.Equal("", (string?)(await admin.GetResourceAsync($"{uri}/01")).Data["pv"]);
    }

    [Theory]
    [InlineData("""{"rids":[{"rid":"40","settings":{"access":"r"}}]}""", "unsupported_setting")]
    [InlineData("""{"rids":[{"rid":"01","settings":{"max":5}}]}""", "unsupported_setting")]
    [InlineData("""{"rids":[{"rid":"40","settings":{"max":"high"}}]}""", "invalid_setting")]
    [InlineData("""{"rids":[{"rid":"40","settings":{"min":10,"max":5}}]}""", "invalid_setting")]
    [InlineData("""{"rids":[{"rid":"02","settings":{"pv":"2020-01-01T00:00:00Z"}}]}""", "read_only")]
    [InlineData("""{"rids":[{"rid":"7F","settings":{"pv":1}}]}""", "unknown_resource")]
    [InlineData("""{"rids":[{"rid":"40"}]}""", "missing_value")]
    [InlineData("""{"rids":[{"rid":"40","settings":{}},{"rid":"40","settings":{}}]}""", "duplicate_resource")]
    [InlineData("""{"ins":"12345"}""", "invalid_request")]
    [InlineData("""{"rids":{"rid":"40"}}""", "invalid_request")]
    [InlineData("""[]""", "invalid_request")]
    public async Task A_bad_configuration_is_400(string body, string errorCode)
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);

        ApiAssert.Refused(await admin.PatchAsync($"/api/v1/mobius/object/config/{uri}", body), HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task Creation_takes_settings_besides_pv()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin, new JsonObject { ["pv"] = 1, ["precision"] = 2, ["units"] = "bar" });

        var resource = await admin.GetResourceAsync($"{uri}/40");

        Assert.Equal(2, (int?)resource.Data["settings"]!["precision"]);
        Assert.Equal("bar", (string?)resource.Data["settings"]!["units"]);
    }

    [Fact]
    public async Task Reading_and_changing_configuration_need_read_and_configure()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);
        var reader = await store.UserWithRolesAsync("read");
        var writer = await store.UserWithRolesAsync("write");

        ApiAssert.Ok(await reader.GetAsync($"/api/v1/mobius/object/config/{uri}"));
        ApiAssert.Refused(await reader.PatchAsync($"/api/v1/mobius/object/config/{uri}", "{}"), HttpStatusCode.Forbidden, "forbidden", "configure");
        ApiAssert.Refused(await writer.PatchAsync($"/api/v1/mobius/object/config/{uri}", "{}"), HttpStatusCode.Forbidden, "forbidden", "configure");
        ApiAssert.Refused(await store.Anonymous().GetAsync($"/api/v1/mobius/object/config/{uri}"), HttpStatusCode.Unauthorized, "unauthorized");
    }
}
