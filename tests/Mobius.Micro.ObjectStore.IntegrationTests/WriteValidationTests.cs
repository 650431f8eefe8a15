using System.Net;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Writes are checked against type, access, min/max, maxlen and enum; a refused write changes nothing.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class WriteValidationTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task A_value_of_another_type_is_400_and_changes_nothing()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin)}/40";
        await admin.WriteAsync(uri, 3);

        ApiAssert.Refused(await admin.WriteAsync(uri, "4"), HttpStatusCode.BadRequest, "wrong_type", "number");
        ApiAssert.Refused(await admin.WriteAsync($"{await TestObjects.BoolAsync(admin)}/40", 1), HttpStatusCode.BadRequest, "wrong_type", "bool");
        Assert.Equal(3, (double?)(await admin.GetResourceAsync(uri)).Data["pv"]);
    }

    [Fact]
    public async Task A_read_only_resource_is_400()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.TemperatureHumiditySensorAsync(admin);

        ApiAssert.Refused(await admin.WriteAsync($"{uri}/41", 20), HttpStatusCode.BadRequest, "read_only", "temperature");
        ApiAssert.Refused(await admin.ClearAsync($"{uri}/41", 15), HttpStatusCode.BadRequest, "read_only");
    }

    [Fact]
    public async Task Min_and_max_set_on_the_object_bound_writes()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin, new JsonObject { ["min"] = -10, ["max"] = 100, ["units"] = "%" })}/40";

        ApiAssert.Refused(await admin.WriteAsync(uri, 100.5), HttpStatusCode.BadRequest, "above_max", "100");
        ApiAssert.Refused(await admin.WriteAsync(uri, -11), HttpStatusCode.BadRequest, "below_min", "-10");
        var accepted = await admin.WriteAsync(uri, 100);

        Assert.Equal(100, (double?)accepted.Data["pv"]);
        Assert.Equal("%", (string?)accepted.Data["settings"]!["units"]);
        Assert.Equal(100, (double?)accepted.Data["settings"]!["max"]);
    }

    [Fact]
    public async Task A_string_longer_than_maxlen_is_400()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.StringAsync(admin, new JsonObject { ["maxlen"] = 5 })}/40";

        ApiAssert.Refused(await admin.WriteAsync(uri, "abcdef"), HttpStatusCode.BadRequest, "too_long", "5");
        Assert.Equal("abcde", (string?)(await admin.WriteAsync(uri, "abcde")).Data["pv"]);
    }

    [Fact]
    public async Task An_enum_value_not_in_the_enum_is_400()
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/022/000B/{TestIds.Instance()}";
        await admin.CreateObjectAsync(uri, ("0B", TestIds.SenderId()));

        ApiAssert.Refused(await admin.WriteAsync($"{uri}/0A", "A5-99-99"), HttpStatusCode.BadRequest, "not_in_enum", "A5-99-99");
    }

    [Fact]
    public async Task A_number_that_is_not_finite_or_too_large_is_400()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin)}/40";

        var huge = await admin.PatchAsync($"/api/v1/mobius/object/resource/{uri}", """{"value":1e400}""");

        ApiAssert.Refused(huge, HttpStatusCode.BadRequest, "wrong_type");
    }

    [Fact]
    public async Task Writing_a_resource_or_object_that_does_not_exist_is_404()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);

        ApiAssert.Refused(await admin.WriteAsync($"{uri}/7F", 1), HttpStatusCode.NotFound, "resource_not_found", $"{uri}/7F");
        ApiAssert.Refused(await admin.WriteAsync("000001/020/0002/FFFE/40", 1), HttpStatusCode.NotFound, "object_not_found");
        ApiAssert.Refused(await admin.WriteAsync("000001/020/0002/FFFX/40", 1), HttpStatusCode.BadRequest, "invalid_uri", "INS");
    }

    [Fact]
    public async Task A_new_psk_is_accepted_and_never_answered()
    {
        var admin = await store.AdminAsync();
        var (uri, _, _) = await TestObjects.ConnectorAsync(admin);
        var psk = TestIds.Psk();

        var written = await admin.WriteAsync($"{uri}/0C", psk);

        Assert.Equal("********", (string?)written.Data["pv"]);
        Assert.DoesNotContain(psk, written.Body.ToJsonString(), StringComparison.Ordinal);
        ApiAssert.Refused(await admin.WriteAsync($"{uri}/0C", "short"), HttpStatusCode.BadRequest, "too_short");
    }

    [Fact]
    public async Task A_serial_taken_by_another_connector_is_409()
    {
        var admin = await store.AdminAsync();
        var (first, _, _) = await TestObjects.ConnectorAsync(admin);
        var (_, taken, _) = await TestObjects.ConnectorAsync(admin);

        ApiAssert.Refused(await admin.WriteAsync($"{first}/0B", taken), HttpStatusCode.Conflict, "duplicate_unique_value", taken);
    }
}
