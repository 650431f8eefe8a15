using System.Net;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Writing and clearing priorities through the API: write, override, clear, defaults.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class PriorityArrayTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task A_write_without_priority_goes_to_15()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);

        var written = await admin.WriteAsync($"{uri}/40", 21.5);

        ApiAssert.Ok(written);
        Assert.Equal($"{uri}/40", (string?)written.Body["uri"]);
        Assert.Equal(21.5, (double?)written.Data["pv"]);
        Assert.Equal(21.5, (double?)written.Data["prar"]![14]);
        Assert.Equal(0, (double?)written.Data["prar"]![15]);
    }

    [Fact]
    public async Task A_higher_priority_overrides_until_cleared_then_the_next_one_shows()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin)}/40";
        await admin.WriteAsync(uri, 10, priority: 15);

        var overridden = await admin.WriteAsync(uri, 99, priority: 8);
        var lowerWrite = await admin.WriteAsync(uri, 11, priority: 15);
        var cleared = await admin.ClearAsync(uri, 8);
        var clearedAll = await admin.ClearAsync(uri, 15);

        Assert.Equal(99, (double?)overridden.Data["pv"]);
        Assert.Equal(99, (double?)lowerWrite.Data["pv"]);
        Assert.Equal(11, (double?)lowerWrite.Data["prar"]![14]);
        Assert.Equal(11, (double?)cleared.Data["pv"]);
        Assert.Null(cleared.Data["prar"]![7]);
        Assert.Equal(0, (double?)clearedAll.Data["pv"]);
        Assert.True(JsonNode.DeepEquals(new JsonArray([.. new JsonNode?[15], 0]), clearedAll.Data["prar"]));
    }

    [Fact]
    public async Task Clearing_without_a_body_clears_15()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin)}/40";
        await admin.WriteAsync(uri, 10);

        var cleared = await admin.SendAsync(HttpMethod.Patch, $"/api/v1/mobius/object/resource/clear/{uri}", null);

        Assert.Equal(0, (double?)cleared.Data["pv"]);
    }

    [Fact]
    public async Task A_write_at_16_replaces_the_default_which_clears_fall_back_to()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin, new JsonObject { ["pv"] = 5 })}/40";
        Assert.Equal(5, (double?)(await admin.GetResourceAsync(uri)).Data["pv"]);

        await admin.WriteAsync(uri, 7, priority: 16);
        await admin.WriteAsync(uri, 30);
        var cleared = await admin.ClearAsync(uri, 15);

        Assert.Equal(7, (double?)cleared.Data["pv"]);
    }

    [Fact]
    public async Task Slot_16_cannot_be_cleared()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin)}/40";

        ApiAssert.Refused(await admin.ClearAsync(uri, 16), HttpStatusCode.BadRequest, "default_not_clearable");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("17")]
    [InlineData("\"15\"")]
    [InlineData("1.5")]
    public async Task A_priority_outside_1_to_16_is_400(string priority)
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin)}/40";

        var written = await admin.PatchAsync($"/api/v1/mobius/object/resource/{uri}", $$"""{"priority":{{priority}},"value":1}""");

        ApiAssert.Refused(written, HttpStatusCode.BadRequest, "invalid_priority");
        Assert.Equal(0, (double?)(await admin.GetResourceAsync(uri)).Data["pv"]);
    }

    [Fact]
    public async Task A_null_value_relinquishes_the_priority()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin)}/40";
        await admin.WriteAsync(uri, 42, priority: 3);

        var relinquished = await admin.WriteAsync(uri, null, priority: 3);

        Assert.Equal(0, (double?)relinquished.Data["pv"]);
        Assert.Null(relinquished.Data["prar"]![2]);
    }

    [Fact]
    public async Task A_write_without_value_is_400()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin)}/40";

        ApiAssert.Refused(await admin.PatchAsync($"/api/v1/mobius/object/resource/{uri}", """{"priority":15}"""), HttpStatusCode.BadRequest, "invalid_request", "value");
    }

    [Fact]
    public async Task Every_write_sets_objectLastUpdated()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);
        var before = (string?)(await admin.GetResourceAsync($"{uri}/02")).Data["pv"];
        await Task.Delay(20);

        await admin.WriteAsync($"{uri}/40", 1);

        var after = (string?)(await admin.GetResourceAsync($"{uri}/02")).Data["pv"];
        Assert.True(string.CompareOrdinal(after, before) > 0, $"{before} -> {after}");
    }

    [Fact]
    public async Task Writing_many_resources_is_all_or_nothing()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);

        var good = await admin.PatchAsync($"/api/v1/mobius/object/resource/{uri}", """[{"r":"40","p":15,"v":43.9},{"r":"01","v":"kitchen"},{"r":"40","p":9,"v":1}]""");
        var bad = await admin.PatchAsync($"/api/v1/mobius/object/resource/{uri}", """[{"r":"01","v":"hall"},{"r":"40","v":"not a number"}]""");
        var unknown = await admin.PatchAsync($"/api/v1/mobius/object/resource/{uri}", """[{"r":"01","v":"hall"},{"r":"7F","v":1}]""");
        var notArray = await admin.PatchAsync($"/api/v1/mobius/object/resource/{uri}", """{"r":"01","v":"hall"}""");
        var missingValue = await admin.PatchAsync($"/api/v1/mobius/object/resource/{uri}", """[{"r":"01"}]""");

        ApiAssert.Ok(good);
        Assert.Equal(1, (double?)good.Data["resources"]!["40"]!["pv"]);
        Assert.Equal(43.9, (double?)good.Data["resources"]!["40"]!["prar"]![14]);
        Assert.Equal("kitchen", (string?)good.Data["resources"]!["01"]!["pv"]);
        ApiAssert.Refused(bad, HttpStatusCode.BadRequest, "wrong_type");
        ApiAssert.Refused(unknown, HttpStatusCode.BadRequest, "unknown_resource", "7F");
        ApiAssert.Refused(notArray, HttpStatusCode.BadRequest, "invalid_request");
        ApiAssert.Refused(missingValue, HttpStatusCode.BadRequest, "invalid_request", "v is required");
        Assert.Equal("kitchen", (string?)(await admin.GetResourceAsync($"{uri}/01")).Data["pv"]);
    }
}
