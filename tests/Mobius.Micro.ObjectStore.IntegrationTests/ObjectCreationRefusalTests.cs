using System.Net;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

[Collection(ObjectStoreCollection.Name)]
public sealed class ObjectCreationRefusalTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task Creating_an_existing_object_is_409()
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/021/FFC0/{TestIds.Instance()}";
        await admin.CreateObjectAsync(uri, ("0B", TestIds.Serial()), ("0C", TestIds.Psk()));

        var again = await admin.CreateObjectAsync(uri, ("0B", TestIds.Serial()), ("0C", TestIds.Psk()));

        AssertRefused(again, HttpStatusCode.Conflict, "object_exists", uri);
    }

    [Fact]
    public async Task A_serial_number_already_used_is_409()
    {
        var admin = await store.AdminAsync();
        var serial = TestIds.Serial();
        await admin.CreateObjectAsync($"000001/021/FFC0/{TestIds.Instance()}", ("0B", serial), ("0C", TestIds.Psk()));

        var duplicate = await admin.CreateObjectAsync($"000001/021/FFC0/{TestIds.Instance()}", ("0B", serial), ("0C", TestIds.Psk()));

        AssertRefused(duplicate, HttpStatusCode.Conflict, "duplicate_unique_value", serial);
    }

    [Theory]
    [InlineData("000001/021/FFC/0001", "PID")]
    [InlineData("000001/21/FFC0/0001", "SID")]
    [InlineData("00001/021/FFC0/0001", "HID")]
    [InlineData("000001/021/FFC0/00X1", "INS")]
    public async Task A_malformed_uri_is_400_naming_the_part(string uri, string part)
    {
        var admin = await store.AdminAsync();

        var created = await admin.CreateObjectAsync(uri, ("0B", TestIds.Serial()), ("0C", TestIds.Psk()));
        var read = await admin.GetObjectAsync(uri);

        AssertRefused(created, HttpStatusCode.BadRequest, "invalid_uri", part);
        AssertRefused(read, HttpStatusCode.BadRequest, "invalid_uri", part);
    }

    [Fact]
    public async Task A_malformed_rid_is_400_naming_it()
    {
        var admin = await store.AdminAsync();

        AssertRefused(await admin.GetResourceAsync("000001/021/FFC0/0001/4"), HttpStatusCode.BadRequest, "invalid_uri", "RID");
    }

    [Theory]
    [InlineData(15, "too_short")]
    [InlineData(129, "too_long")]
    public async Task A_psk_outside_16_to_128_bytes_is_400(int length, string errorCode)
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/021/FFC0/{TestIds.Instance()}";
        var psk = new string('p', length);

        var created = await admin.CreateObjectAsync(uri, ("0B", TestIds.Serial()), ("0C", psk));

        AssertRefused(created, HttpStatusCode.BadRequest, errorCode, "psk");
        Assert.DoesNotContain(psk, created.Message, StringComparison.Ordinal);
        Assert.Equal("object_not_found", (await admin.GetObjectAsync(uri)).ErrorCode);
    }

    [Theory]
    [InlineData("MF_00bcc0")]
    [InlineData("MF_00BCC")]
    [InlineData("00BCC0")]
    public async Task A_malformed_serial_number_is_400(string serial)
    {
        var admin = await store.AdminAsync();

        var created = await admin.CreateObjectAsync($"000001/021/FFC0/{TestIds.Instance()}", ("0B", serial), ("0C", TestIds.Psk()));

        AssertRefused(created, HttpStatusCode.BadRequest, "pattern_mismatch", "serialNumber");
    }

    [Fact]
    public async Task A_missing_psk_is_400()
    {
        var admin = await store.AdminAsync();

        var created = await admin.CreateObjectAsync($"000001/021/FFC0/{TestIds.Instance()}", ("0B", TestIds.Serial()));

        AssertRefused(created, HttpStatusCode.BadRequest, "missing_required_resource", "psk");
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_400()
    {
        var admin = await store.AdminAsync();

        var created = await admin.CreateObjectAsync($"000001/021/FFC0/{TestIds.Instance()}", ("0B", TestIds.Serial()), ("0C", TestIds.Psk()), ("19", "yes"));

        AssertRefused(created, HttpStatusCode.BadRequest, "wrong_type", "enabled");
    }

    [Fact]
    public async Task A_read_only_resource_cannot_be_configured()
    {
        var admin = await store.AdminAsync();

        var created = await admin.CreateObjectAsync($"000001/021/FFC0/{TestIds.Instance()}", ("0B", TestIds.Serial()), ("0C", TestIds.Psk()), ("40", true));

        AssertRefused(created, HttpStatusCode.BadRequest, "read_only", "online");
    }

    [Fact]
    public async Task A_resource_the_profile_lacks_is_400()
    {
        var admin = await store.AdminAsync();

        var created = await admin.CreateObjectAsync($"000001/021/FFC0/{TestIds.Instance()}", ("0B", TestIds.Serial()), ("0C", TestIds.Psk()), ("7F", 1));

        AssertRefused(created, HttpStatusCode.BadRequest, "unknown_resource", "7F");
    }

    [Fact]
    public async Task A_pid_the_service_lacks_is_400()
    {
        var admin = await store.AdminAsync();

        AssertRefused(await admin.CreateObjectAsync("000001/021/0028/0001"), HttpStatusCode.BadRequest, "unknown_profile", "0028");
    }

    [Fact]
    public async Task A_service_that_does_not_exist_is_404()
    {
        var admin = await store.AdminAsync();

        AssertRefused(await admin.CreateObjectAsync("000001/0FF/FFC0/0001"), HttpStatusCode.NotFound, "unknown_service", "0FF");
    }

    [Fact]
    public async Task Another_hub_is_404()
    {
        var admin = await store.AdminAsync();

        AssertRefused(await admin.CreateObjectAsync("000002/021/FFC0/0001"), HttpStatusCode.NotFound, "unknown_hub", "000002");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400()
    {
        var admin = await store.AdminAsync();
        var response = await admin.CreateObjectWithBodyAsync($"000001/021/FFC0/{TestIds.Instance()}", """[{"rid":""");

        AssertRefused(response, HttpStatusCode.BadRequest, "invalid_request", "JSON");
    }

    [Fact]
    public async Task Settings_other_than_pv_are_refused()
    {
        var admin = await store.AdminAsync();
        var response = await admin.CreateObjectWithBodyAsync(
            $"000001/021/FFC0/{TestIds.Instance()}", """[{"rid":"01","settings":{"pv":"x","units":"C"}}]""");

        AssertRefused(response, HttpStatusCode.BadRequest, "unsupported_setting", "units");
    }

    [Fact]
    public async Task Reading_an_object_that_does_not_exist_is_404()
    {
        var admin = await store.AdminAsync();

        AssertRefused(await admin.GetObjectAsync("000001/021/FFC0/FFFE"), HttpStatusCode.NotFound, "object_not_found", "000001/021/FFC0/FFFE");
        AssertRefused(await admin.GetResourceAsync("000001/021/FFC0/FFFE/0B"), HttpStatusCode.NotFound, "object_not_found", "000001/021/FFC0/FFFE");
    }

    [Fact]
    public async Task Reading_a_resource_the_profile_lacks_is_404()
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/021/FFC0/{TestIds.Instance()}";
        await admin.CreateObjectAsync(uri, ("0B", TestIds.Serial()), ("0C", TestIds.Psk()));

        AssertRefused(await admin.GetResourceAsync($"{uri}/7F"), HttpStatusCode.NotFound, "resource_not_found", $"{uri}/7F");
    }

    [Fact]
    public async Task An_unknown_endpoint_is_404_in_the_error_envelope()
    {
        var admin = await store.AdminAsync();

        var response = await ApiResponse.ReadAsync(await admin.Http.GetAsync("/api/v1/mobius/nothing-here"));

        AssertRefused(response, HttpStatusCode.NotFound, "not_found", "/api/v1/mobius/nothing-here");
    }

    private static void AssertRefused(ApiResponse response, HttpStatusCode status, string errorCode, string mentioned)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal((int)status, (int?)response.Body["statusCode"]);
        Assert.Equal(errorCode, response.ErrorCode);
        Assert.Contains(mentioned, response.Message, StringComparison.Ordinal);
    }
}
