using System.Net;
using System.Text.Json.Nodes;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Services: configuration, start/stop/reload, and their status objects fed by health reports.</summary>
public sealed class ServiceTests(ServiceTests.Fixture fixture) : IClassFixture<ServiceTests.Fixture>
{
    private readonly IsolatedStore store = fixture.Store;

    /// <summary>Services marked unknown after 3 s without a report, checked every second.</summary>
    public sealed class Fixture : IsolatedStoreFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ServiceStatus:StaleAfter"] = "00:00:03",
            ["ServiceStatus:CheckInterval"] = "00:00:01",
        };
    }

    [Fact]
    public async Task A_services_configuration_reads_and_changes()
    {
        var admin = await store.AdminAsync();

        var read = await admin.GetAsync("/api/v1/mobius/service/config/000001/022");
        var changed = await admin.PatchAsync("/api/v1/mobius/service/config/000001/022", """{"name":"EnOcean (floor 2)","settings":{"teachIn":true}}""");

        ApiAssert.Ok(read);
        Assert.Equal("000001/022", (string?)read.Body["uri"]);
        Assert.Equal("EnOcean Devices", (string?)read.Data["name"]);
        Assert.Equal("running", (string?)read.Data["state"]);
        Assert.Contains("0102", read.Data["profiles"]!.AsArray().Select(pid => (string?)pid));
        Assert.Equal("EnOcean (floor 2)", (string?)changed.Data["name"]);
        Assert.Equal(true, (bool?)changed.Data["settings"]!["teachIn"]);
        Assert.Equal("EnOcean (floor 2)", (string?)(await admin.GetAsync("/api/v1/mobius/discover/000001")).Data[2]!["name"]);
    }

    [Theory]
    [InlineData("""{"name":""}""")]
    [InlineData("""{"name":5}""")]
    [InlineData("""{"settings":[1]}""")]
    [InlineData("""[]""")]
    public async Task A_bad_change_is_400(string body)
    {
        var admin = await store.AdminAsync();

        ApiAssert.Refused(await admin.PatchAsync("/api/v1/mobius/service/config/000001/022", body), HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task A_stopped_service_takes_no_reports_and_its_devices_are_unknown_until_started()
    {
        var admin = await store.AdminAsync();
        var sensor = await TestObjects.TemperatureHumiditySensorAsync(admin);
        var senderId = (string)(await admin.GetResourceAsync($"{sensor}/0B")).Data["pv"]!;

        var stopped = await admin.PostAsync("/api/v1/mobius/service/stop/000001/022", "{}");
        await store.Bus.Publish(Report(sensor, 11.0));
        var lookup = await store.Bus.CreateRequestClient<GetEnOceanDevice>().GetResponse<EnOceanDeviceRegistration>(new() { Hid = "000001", SenderId = senderId });
        await Task.Delay(500);
        var whileStopped = await admin.GetResourceAsync($"{sensor}/41");
        var started = await admin.PostAsync("/api/v1/mobius/service/start/000001/022", "{}");
        await store.Bus.Publish(Report(sensor, 12.0));

        Assert.Equal("stopped", (string?)stopped.Data["state"]);
        Assert.False(lookup.Message.Found);
        Assert.Equal(0, (double?)whileStopped.Data["pv"]);
        Assert.Equal("running", (string?)started.Data["state"]);
        var resumed = await Eventually.ReturnsAsync(() => admin.GetResourceAsync($"{sensor}/41"), read => (double?)read.Data["pv"] == 12.0);
        Assert.Equal(12.0, (double?)resumed.Data["pv"]);
    }

    [Fact]
    public async Task Reload_is_recorded()
    {
        var admin = await store.AdminAsync();

        var reloaded = await admin.PostAsync("/api/v1/mobius/service/reload/000001/021", "{}");

        ApiAssert.Ok(reloaded);
        Assert.NotNull((string?)reloaded.Data["reloaded"]);
    }

    [Fact]
    public async Task Health_reports_set_the_status_object_and_silence_makes_it_unknown()
    {
        var admin = await store.AdminAsync();

        await store.Bus.Publish(Health("023", 1, "OK"));
        var ok = await Eventually.ReturnsAsync(() => admin.GetObjectAsync("000001/023/0001/0001"), read => (double?)read.Data["resources"]!["01"]!["pv"] == 1);
        var unknown = await Eventually.ReturnsAsync(() => admin.GetObjectAsync("000001/023/0001/0001"), read => (double?)read.Data["resources"]!["01"]!["pv"] == -1);

        Assert.Equal("OK", (string?)ok.Data["resources"]!["02"]!["pv"]);
        Assert.Equal("serviceStatus", (string?)ok.Data["profileName"]);
        Assert.Equal(-1, (double?)unknown.Data["resources"]!["01"]!["pv"]);
        Assert.Contains("no health report", (string?)unknown.Data["resources"]!["02"]!["pv"], StringComparison.Ordinal);
        Assert.NotEqual((string?)ok.Data["resources"]!["03"]!["pv"], (string?)unknown.Data["resources"]!["03"]!["pv"]);
    }

    [Fact]
    public async Task The_object_store_reports_its_own_health()
    {
        var admin = await store.AdminAsync();

        var status = await Eventually.ReturnsAsync(() => admin.GetObjectAsync("000001/020/0001/0001"), read => (double?)read.Data["resources"]!["01"]!["pv"] == 1);

        Assert.Equal(1, (double?)status.Data["resources"]!["01"]!["pv"]);
        var health = await admin.GetAsync("/api/v1/mobius/node/healthcheck/000001");
        Assert.Equal("online", (string?)health.Data["services"]![0]!["state"]);
    }

    [Fact]
    public async Task Reports_for_unknown_services_or_statuses_change_nothing()
    {
        var admin = await store.AdminAsync();
        await store.Bus.Publish(Health("0FF", 1, "OK"));
        await store.Bus.Publish(Health("021", 7, "weird"));
        await store.Bus.Publish(Health("021", 0, "fault: mqtt"));

        var fault = await Eventually.ReturnsAsync(() => admin.GetObjectAsync("000001/021/0001/0001"), read => (double?)read.Data["resources"]!["01"]!["pv"] == 0);

        Assert.Equal("fault: mqtt", (string?)fault.Data["resources"]!["02"]!["pv"]);
    }

    [Fact]
    public async Task Unknown_or_malformed_services_are_404_or_400_and_control_needs_configure()
    {
        var admin = await store.AdminAsync();
        var reader = await UserAsync(admin, "read");

        ApiAssert.Refused(await admin.GetAsync("/api/v1/mobius/service/config/000001/0FF"), HttpStatusCode.NotFound, "unknown_service");
        ApiAssert.Refused(await admin.GetAsync("/api/v1/mobius/service/config/000001/2"), HttpStatusCode.BadRequest, "invalid_uri", "SID");
        ApiAssert.Refused(await admin.PostAsync("/api/v1/mobius/service/stop/000002/022", "{}"), HttpStatusCode.NotFound, "unknown_hub");
        ApiAssert.Ok(await reader.GetAsync("/api/v1/mobius/service/config/000001/022"));
        ApiAssert.Refused(await reader.PostAsync("/api/v1/mobius/service/stop/000001/022", "{}"), HttpStatusCode.Forbidden, "forbidden", "configure");
    }

    private async Task<EngineApi> UserAsync(EngineApi admin, string role)
    {
        var username = $"user-{Guid.NewGuid():N}"[..20];
        await admin.PostAsync("/api/v1/auth/user", new JsonObject { ["username"] = username, ["password"] = "a-good-password", ["roles"] = new JsonObject { [role] = true } });
        return await store.Anonymous().AuthenticatedAsAsync(username, "a-good-password");
    }

    private static ServiceHealthReported Health(string sid, int status, string text) =>
        new() { Hid = "000001", Sid = sid, Status = status, StatusText = text, Instance = "test", ReportedAt = DateTimeOffset.UtcNow };

    private static ObjectValuesReported Report(string uri, double temperature) =>
        new() { ObjectUri = uri, ObservedAt = DateTimeOffset.UtcNow, Values = [ReportedValue.Of("41", temperature)] };
}
