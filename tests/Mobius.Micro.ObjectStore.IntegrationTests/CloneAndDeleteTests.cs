using System.Net;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Cloning an object's configuration into new instances, and deleting objects.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class CloneAndDeleteTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task Clones_copy_the_configuration_to_free_instances_from_start()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.StringAsync(admin, new JsonObject { ["pv"] = "template", ["maxlen"] = 20 });
        await admin.WriteAsync($"{uri}/40", "measured, not copied");
        var start = TestIds.Instance();
        await admin.CreateObjectWithBodyAsync($"{TestObjects.StringValues}/{start}", "[]");

        var clones = await admin.PostAsync($"/api/v1/mobius/object/clone/{uri}", $$"""{"copies":2,"start":"{{start}}"}""");

        ApiAssert.Ok(clones);
        var created = clones.Data.AsArray();
        Assert.Equal(2, created.Count);
        Assert.All(created, clone =>
        {
            Assert.NotEqual(start, (string?)clone!["ins"]);
            Assert.Equal("template", (string?)clone["resources"]!["40"]!["pv"]);
            Assert.Equal(20, (int?)clone["resources"]!["40"]!["settings"]!["maxlen"]);
        });
        Assert.True(string.CompareOrdinal((string?)created[0]!["ins"], start) > 0);
    }

    [Fact]
    public async Task One_copy_at_the_first_free_instance_by_default()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.BoolAsync(admin);

        var clones = await admin.SendAsync(HttpMethod.Post, $"/api/v1/mobius/object/clone/{uri}", null);

        ApiAssert.Ok(clones);
        Assert.Single(clones.Data.AsArray());
    }

    [Fact]
    public async Task An_object_with_a_unique_identity_cannot_be_cloned()
    {
        var admin = await store.AdminAsync();
        var (uri, serial, _) = await TestObjects.ConnectorAsync(admin);

        ApiAssert.Refused(await admin.PostAsync($"/api/v1/mobius/object/clone/{uri}", "{}"), HttpStatusCode.Conflict, "duplicate_unique_value", serial);
    }

    [Theory]
    [InlineData("""{"copies":0}""")]
    [InlineData("""{"copies":257}""")]
    [InlineData("""{"copies":"two"}""")]
    [InlineData("""{"start":"XYZ1"}""")]
    public async Task Bad_clone_requests_are_400(string body)
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.BoolAsync(admin);

        ApiAssert.Refused(await admin.PostAsync($"/api/v1/mobius/object/clone/{uri}", body), HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Cloning_nothing_is_404_and_needs_configure()
    {
        var admin = await store.AdminAsync();
        var writer = await store.UserWithRolesAsync("write", "read");

        ApiAssert.Refused(await admin.PostAsync("/api/v1/mobius/object/clone/000001/020/0004/FFFE", "{}"), HttpStatusCode.NotFound, "object_not_found");
        ApiAssert.Refused(await writer.PostAsync("/api/v1/mobius/object/clone/000001/020/0004/FFFE", "{}"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Deleting_answers_the_object_and_it_is_gone()
    {
        var admin = await store.AdminAsync();
        var (uri, serial, _) = await TestObjects.ConnectorAsync(admin);

        var deleted = await admin.DeleteAsync($"/api/v1/mobius/object/{uri}");

        ApiAssert.Ok(deleted);
        Assert.Equal(serial, (string?)deleted.Data["resources"]!["0B"]!["pv"]);
        ApiAssert.Refused(await admin.GetObjectAsync(uri), HttpStatusCode.NotFound, "object_not_found");
        ApiAssert.Refused(await admin.DeleteAsync($"/api/v1/mobius/object/{uri}"), HttpStatusCode.NotFound, "object_not_found");
        ApiAssert.Ok(await admin.CreateObjectAsync(uri, ("0B", serial), ("0C", TestIds.Psk())));
    }

    [Fact]
    public async Task A_services_status_object_cannot_be_deleted_nor_created()
    {
        var admin = await store.AdminAsync();

        ApiAssert.Refused(await admin.DeleteAsync("/api/v1/mobius/object/000001/022/0001/0001"), HttpStatusCode.Conflict, "protected_object");
        ApiAssert.Refused(await admin.CreateObjectAsync("000001/022/0001/0002"), HttpStatusCode.BadRequest, "not_creatable");
    }

    [Fact]
    public async Task Deleting_needs_configure()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.BoolAsync(admin);
        var writer = await store.UserWithRolesAsync("write", "read");

        ApiAssert.Refused(await writer.DeleteAsync($"/api/v1/mobius/object/{uri}"), HttpStatusCode.Forbidden, "forbidden", "configure");
        ApiAssert.Ok(await admin.GetObjectAsync(uri));
    }
}
