using System.Net;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Discovery down the URI levels, and with MQTT wildcards.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class DiscoverTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task A_hub_lists_its_four_services()
    {
        var admin = await store.AdminAsync();

        var services = await admin.GetAsync("/api/v1/mobius/discover/000001");

        ApiAssert.Ok(services);
        Assert.Equal(["020", "021", "022", "023"], services.Data.AsArray().Select(service => (string?)service!["sid"]));
        Assert.Equal("0022/022", (string?)services.Data[2]!["id"]);
        Assert.Equal("EnOcean Devices", (string?)services.Data[2]!["name"]);
        Assert.Contains((string?)services.Data[2]!["status"], new[] { "online", "fault", "unknown" });
    }

    [Fact]
    public async Task A_service_lists_the_pids_and_a_pid_the_instances_of_its_objects()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);

        var pids = await admin.GetAsync("/api/v1/mobius/discover/000001/020");
        var instances = await admin.GetAsync($"/api/v1/mobius/discover/{TestObjects.NumericValues}");

        Assert.Contains("0002", pids.Data.AsArray().Select(pid => (string?)pid));
        Assert.Contains("0001", pids.Data.AsArray().Select(pid => (string?)pid));
        Assert.Contains(uri[^4..], instances.Data.AsArray().Select(ins => (string?)ins));
        var ordered = instances.Data.AsArray().Select(ins => (string)ins!).ToList();
        Assert.Equal(ordered.Order(StringComparer.Ordinal), ordered);
    }

    [Fact]
    public async Task An_object_and_a_resource_discover_as_they_read()
    {
        var admin = await store.AdminAsync();
        var (uri, _, psk) = await TestObjects.ConnectorAsync(admin);

        var found = await admin.GetAsync($"/api/v1/mobius/discover/{uri.ToLowerInvariant()}");
        var resource = await admin.GetAsync($"/api/v1/mobius/discover/{uri}/0C");

        Assert.Equal(uri, (string?)found.Body["uri"]);
        Assert.Equal("mobiusFlowConnector", (string?)found.Data["profileName"]);
        Assert.Equal("********", (string?)resource.Data["pv"]);
        Assert.DoesNotContain(psk, found.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hash_answers_every_object_below_it()
    {
        var admin = await store.AdminAsync();
        var (connector, _, psk) = await TestObjects.ConnectorAsync(admin);
        var sensor = await TestObjects.TemperatureHumiditySensorAsync(admin);

        var connectors = await admin.GetAsync("/api/v1/mobius/discover/000001/021/%23");
        var everything = await admin.GetAsync("/api/v1/mobius/discover/000001/%23");

        ApiAssert.Ok(connectors);
        Assert.Equal("000001/021/#", (string?)connectors.Body["uri"]);
        var connectorUris = connectors.Data.AsObject().Select(entry => entry.Key).ToList();
        Assert.Contains(connector, connectorUris);
        Assert.Contains("000001/021/0001/0001", connectorUris);
        Assert.DoesNotContain(sensor, connectorUris);
        Assert.DoesNotContain(psk, connectors.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(sensor, everything.Data.AsObject().Select(entry => entry.Key));
    }

    [Fact]
    public async Task Plus_matches_one_level()
    {
        var admin = await store.AdminAsync();
        var sensor = await TestObjects.TemperatureHumiditySensorAsync(admin);

        var temperatures = await admin.GetAsync("/api/v1/mobius/discover/000001/022/+/+/41");
        var profiles = await admin.GetAsync("/api/v1/mobius/discover/000001/+/0102");
        var objects = await admin.GetAsync("/api/v1/mobius/discover/000001/022/0102/+");

        Assert.Equal("temperature", (string?)temperatures.Data[$"{sensor}/41"]!["name"]);
        Assert.All(temperatures.Data.AsObject(), entry => Assert.EndsWith("/41", entry.Key, StringComparison.Ordinal));
        Assert.Contains(sensor[^4..], profiles.Data["000001/022/0102"]!.AsArray().Select(ins => (string?)ins));
        Assert.Equal("enocean_A5-04-01", (string?)objects.Data[sensor]!["profileName"]);
    }

    [Theory]
    [InlineData("/api/v1/mobius/discover/00001", "HID")]
    [InlineData("/api/v1/mobius/discover/000001/0G2", "SID")]
    [InlineData("/api/v1/mobius/discover/000001/%23/0102", "#")]
    [InlineData("/api/v1/mobius/discover/000001/022/0102/0001/4", "RID")]
    public async Task A_malformed_pattern_is_400_naming_the_part(string path, string part)
    {
        var admin = await store.AdminAsync();

        ApiAssert.Refused(await admin.GetAsync(path), HttpStatusCode.BadRequest, "invalid_uri", part);
    }

    [Fact]
    public async Task Unknown_hubs_services_and_objects_are_404()
    {
        var admin = await store.AdminAsync();

        ApiAssert.Refused(await admin.GetAsync("/api/v1/mobius/discover/000002"), HttpStatusCode.NotFound, "unknown_hub");
        ApiAssert.Refused(await admin.GetAsync("/api/v1/mobius/discover/000001/0FF"), HttpStatusCode.NotFound, "unknown_service");
        ApiAssert.Refused(await admin.GetAsync("/api/v1/mobius/discover/000001/020/0002/FFFE"), HttpStatusCode.NotFound, "object_not_found");
        var none = await admin.GetAsync("/api/v1/mobius/discover/000001/023/0FFF");
        ApiAssert.Ok(none);
        Assert.Empty(none.Data.AsArray());
    }

    [Fact]
    public async Task Discovery_needs_read()
    {
        var writer = await store.UserWithRolesAsync("write");

        ApiAssert.Refused(await writer.GetAsync("/api/v1/mobius/discover/000001"), HttpStatusCode.Forbidden, "forbidden", "read");
        ApiAssert.Refused(await store.Anonymous().GetAsync("/api/v1/mobius/discover/000001"), HttpStatusCode.Unauthorized, "unauthorized");
    }
}
