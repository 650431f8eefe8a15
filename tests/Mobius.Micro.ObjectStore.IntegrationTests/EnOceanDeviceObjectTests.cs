using System.Net;
using System.Text.Json.Nodes;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

[Collection(ObjectStoreCollection.Name)]
public sealed class EnOceanDeviceObjectTests(ObjectStoreFixture store)
{
    /// <summary>A5-04-01's PID comes from the project's published PID table (0100..01FF), not from MobiusFlow.</summary>
    private static readonly string TemperatureHumidityPid = EnOceanPidTable.All.Single(profile => profile.Key == "A5-04-01").Pid;

    [Fact]
    public async Task An_A5_04_01_device_is_created_from_its_profile()
    {
        var admin = await store.AdminAsync();
        var (uri, uid) = ($"000001/022/{TemperatureHumidityPid}/{TestIds.Instance()}", TestIds.SenderId());

        var created = await admin.CreateObjectAsync(uri, ("0B", uid), ("01", "Meeting room 2"));

        Assert.Equal(HttpStatusCode.OK, created.Status);
        var data = created.Data;
        Assert.Equal("enocean_A5-04-01", (string?)data["profileName"]);
        Assert.Contains("EnOcean", data["families"]!.AsArray().Select(family => (string?)family));
        var resources = data["resources"]!;
        Assert.Equal("A5-04-01", (string?)resources["0A"]!["pv"]);
        Assert.Equal("eep", (string?)resources["0A"]!["name"]);
        Assert.Equal(uid, (string?)resources["0B"]!["pv"]);
        Assert.Equal("uid", (string?)resources["0B"]!["name"]);
        Assert.Equal(["status", "dBm", "lrn"], new[] { "0C", "0D", "0E" }.Select(rid => (string?)resources[rid]!["name"]));
        Assert.Equal(("humidity", "number", "%"), Describe(resources["40"]!));
        Assert.Equal(("temperature", "number", "C"), Describe(resources["41"]!));
        Assert.Equal(0, (double?)resources["41"]!["pv"]);
    }

    [Fact]
    public async Task A_sender_id_already_used_is_409()
    {
        var admin = await store.AdminAsync();
        var uid = TestIds.SenderId();
        await admin.CreateObjectAsync($"000001/022/{TemperatureHumidityPid}/{TestIds.Instance()}", ("0B", uid));

        var duplicate = await admin.CreateObjectAsync($"000001/022/{TemperatureHumidityPid}/{TestIds.Instance()}", ("0B", uid));

        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal("duplicate_unique_value", duplicate.ErrorCode);
    }

    [Fact]
    public async Task A_sender_id_must_be_8_upper_case_hex_digits()
    {
        var admin = await store.AdminAsync();

        var created = await admin.CreateObjectAsync($"000001/022/{TemperatureHumidityPid}/{TestIds.Instance()}", ("0B", "1879DE6"));

        Assert.Equal(HttpStatusCode.BadRequest, created.Status);
        Assert.Equal("pattern_mismatch", created.ErrorCode);
    }

    [Fact]
    public async Task A_device_needs_its_sender_id()
    {
        var admin = await store.AdminAsync();

        var created = await admin.CreateObjectAsync($"000001/022/{TemperatureHumidityPid}/{TestIds.Instance()}");

        Assert.Equal("missing_required_resource", created.ErrorCode);
    }

    [Fact]
    public async Task The_eep_must_be_one_the_profile_covers()
    {
        var admin = await store.AdminAsync();

        var created = await admin.CreateObjectAsync(
            $"000001/022/{TemperatureHumidityPid}/{TestIds.Instance()}", ("0B", TestIds.SenderId()), ("0A", "A5-04-02"));

        Assert.Equal("not_in_enum", created.ErrorCode);
    }

    [Fact]
    public async Task A_connector_profile_is_no_device_profile()
    {
        var admin = await store.AdminAsync();

        var created = await admin.CreateObjectAsync($"000001/022/FFC0/{TestIds.Instance()}", ("0B", TestIds.SenderId()));

        Assert.Equal("unknown_profile", created.ErrorCode);
    }

    private static (string?, string?, string?) Describe(JsonNode resource) =>
        ((string?)resource["name"], (string?)resource["type"], (string?)resource["settings"]!["units"]);
}
