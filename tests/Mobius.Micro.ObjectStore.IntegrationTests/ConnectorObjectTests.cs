using System.Net;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

[Collection(ObjectStoreCollection.Name)]
public sealed class ConnectorObjectTests(ObjectStoreFixture store)
{
    private static readonly JsonNode?[] FifteenEmptySlots = new JsonNode?[15];

    [Fact]
    public async Task Creating_a_connector_answers_the_object_in_the_success_envelope()
    {
        var admin = await store.AdminAsync();
        var (uri, serial) = ($"000001/021/FFC0/{TestIds.Instance()}", TestIds.Serial());

        var created = await admin.CreateObjectAsync(uri, ("0B", serial), ("0C", TestIds.Psk()));

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(["ts", "uri", "data"], created.Body.AsObject().Select(property => property.Key));
        Assert.Equal(uri, (string?)created.Body["uri"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", (string?)created.Body["ts"]);
        var data = created.Data;
        Assert.Equal(["pid", "ins", "profileName", "description", "resources", "families"], data.AsObject().Select(property => property.Key));
        Assert.Equal("FFC0", (string?)data["pid"]);
        Assert.Equal(uri[^4..], (string?)data["ins"]);
        Assert.Equal("mobiusFlowConnector", (string?)data["profileName"]);
        Assert.Equal(serial, (string?)data["resources"]!["0B"]!["pv"]);
    }

    [Fact]
    public async Task A_connector_reads_back_with_its_configuration_in_slot_16_and_the_psk_masked()
    {
        var admin = await store.AdminAsync();
        var (uri, serial, psk) = ($"000001/021/FFC0/{TestIds.Instance()}", TestIds.Serial(), TestIds.Psk());
        await admin.CreateObjectAsync(uri, ("0B", serial), ("0C", psk), ("01", "Reception connector"));

        var read = await admin.GetObjectAsync(uri);

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.DoesNotContain(psk, read.Body.ToJsonString(), StringComparison.Ordinal);
        var resources = read.Data["resources"]!;
        AssertResource(resources["0B"]!, "0B", "string", "serialNumber", serial, [.. FifteenEmptySlots, serial]);
        AssertResource(resources["0C"]!, "0C", "string", "psk", "********", [.. FifteenEmptySlots, "********"]);
        AssertResource(resources["01"]!, "01", "string", "name", "Reception connector", [.. FifteenEmptySlots, "Reception connector"]);
        AssertResource(resources["00"]!, "00", "string", "parentObject", "", [.. FifteenEmptySlots, ""]);
        AssertResource(resources["40"]!, "40", "bool", "online", false, [.. FifteenEmptySlots, false]);
        AssertResource(resources["44"]!, "44", "number", "telegramsAccepted", 0, [.. FifteenEmptySlots, 0]);
        AssertResource(resources["19"]!, "19", "bool", "enabled", true, [.. FifteenEmptySlots, true]);
        Assert.Equal("rw", (string?)resources["0B"]!["settings"]!["access"]);
        Assert.Equal("r", (string?)resources["40"]!["settings"]!["access"]);
    }

    [Fact]
    public async Task Every_resource_of_the_connector_profile_is_there()
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/021/FFC0/{TestIds.Instance()}";
        await admin.CreateObjectAsync(uri, ("0B", TestIds.Serial()), ("0C", TestIds.Psk()));

        var resources = (await admin.GetObjectAsync(uri)).Data["resources"]!.AsObject();

        Assert.Equal(
            ["00", "01", "02", "03", "04", "0A", "0B", "0C", "0D", "0E", "0F", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "40", "41", "42", "43", "44", "45"],
            resources.Select(resource => resource.Key));
        Assert.All(resources, resource => Assert.Equal(16, resource.Value!["prar"]!.AsArray().Count));
    }

    [Fact]
    public async Task Creation_sets_objectLastUpdated_at_priority_15()
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/021/FFC0/{TestIds.Instance()}";
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await admin.CreateObjectAsync(uri, ("0B", TestIds.Serial()), ("0C", TestIds.Psk()));

        var lastUpdated = (await admin.GetResourceAsync($"{uri}/02")).Data;
        Assert.Equal("datetime", (string?)lastUpdated["type"]);
        Assert.Equal("1970-01-01T00:00:00.000Z", (string?)lastUpdated["prar"]![15]);
        var pv = DateTimeOffset.Parse((string)lastUpdated["pv"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pv, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal((string?)lastUpdated["pv"], (string?)lastUpdated["prar"]![14]);
    }

    [Fact]
    public async Task One_resource_reads_with_its_uri()
    {
        var admin = await store.AdminAsync();
        var (uri, serial) = ($"000001/021/FFC0/{TestIds.Instance()}", TestIds.Serial());
        await admin.CreateObjectAsync(uri, ("0B", serial), ("0C", TestIds.Psk()));

        var resource = await admin.GetResourceAsync($"{uri}/0b");

        Assert.Equal(HttpStatusCode.OK, resource.Status);
        Assert.Equal($"{uri}/0B", (string?)resource.Body["uri"]);
        AssertResource(resource.Data, "0B", "string", "serialNumber", serial, [.. FifteenEmptySlots, serial]);
    }

    [Fact]
    public async Task The_psk_is_masked_when_read_alone()
    {
        var admin = await store.AdminAsync();
        var (uri, psk) = ($"000001/021/FFC0/{TestIds.Instance()}", TestIds.Psk());
        await admin.CreateObjectAsync(uri, ("0B", TestIds.Serial()), ("0C", psk));

        var resource = await admin.GetResourceAsync($"{uri}/0C");

        Assert.Equal("********", (string?)resource.Data["pv"]);
        Assert.DoesNotContain(psk, resource.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lower_case_uris_are_accepted_and_answered_upper_case()
    {
        var admin = await store.AdminAsync();
        var ins = TestIds.Instance();

        var created = await admin.CreateObjectAsync($"000001/021/ffc0/{ins.ToLowerInvariant()}", ("0B", TestIds.Serial()), ("0C", TestIds.Psk()));

        Assert.Equal($"000001/021/FFC0/{ins}", (string?)created.Body["uri"]);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetObjectAsync($"000001/021/ffc0/{ins.ToLowerInvariant()}")).Status);
    }

    [Fact]
    public async Task A_disabled_connector_can_be_created()
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/021/FFC0/{TestIds.Instance()}";

        var created = await admin.CreateObjectAsync(uri, ("0B", TestIds.Serial()), ("0C", TestIds.Psk()), ("19", false));

        Assert.Equal(false, (bool?)created.Data["resources"]!["19"]!["pv"]);
    }

    private static void AssertResource(JsonNode resource, string rid, string type, string name, JsonNode pv, JsonNode?[] prar)
    {
        Assert.Equal(["rid", "type", "name", "pv", "prar", "settings"], resource.AsObject().Select(property => property.Key));
        Assert.Equal(rid, (string?)resource["rid"]);
        Assert.Equal(type, (string?)resource["type"]);
        Assert.Equal(name, (string?)resource["name"]);
        Assert.True(JsonNode.DeepEquals(pv, resource["pv"]), $"pv {resource["pv"]?.ToJsonString()}");
        Assert.True(JsonNode.DeepEquals(new JsonArray(prar), resource["prar"]), $"prar {resource["prar"]?.ToJsonString()}");
    }
}
