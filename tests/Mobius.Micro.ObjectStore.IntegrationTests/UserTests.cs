using System.Net;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>User management: only admins, roles as MobiusFlow writes them, passwords never answered, the last admin kept.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class UserTests(ObjectStoreFixture store)
{
    private const string Password = "a-good-password";

    [Fact]
    public async Task An_admin_creates_a_user_who_can_log_in_with_those_roles()
    {
        var admin = await store.AdminAsync();
        var username = NewName();

        var created = await admin.PostAsync("/api/v1/auth/user", new JsonObject
        {
            ["username"] = username, ["password"] = Password,
            ["roles"] = new JsonObject { ["admin"] = false, ["read"] = true, ["subscribe"] = true },
        });

        ApiAssert.Ok(created);
        Assert.Equal(["_id", "username", "roles", "createdAt"], created.Data.AsObject().Select(property => property.Key));
        Assert.Equal(username, (string?)created.Data["username"]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"admin":false,"flows":false,"configure":false,"subscribe":true,"write":false,"read":true}"""), created.Data["roles"]));
        Assert.DoesNotContain(Password, created.Body.ToJsonString(), StringComparison.Ordinal);
        var user = await store.Anonymous().AuthenticatedAsAsync(username, Password);
        ApiAssert.Ok(await user.GetAsync("/api/v1/mobius/discover/000001"));
        ApiAssert.Refused(await user.WriteAsync($"{await TestObjects.NumericAsync(admin)}/40", 1), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Users_are_read_by_name_listed_and_their_roles_read_by_id_or_name()
    {
        var admin = await store.AdminAsync();
        var (id, username) = await CreateAsync(admin, new JsonObject { ["write"] = true });

        var byName = await admin.GetAsync($"/api/v1/auth/user/{username}");
        var all = await admin.GetAsync("/api/v1/auth/users");
        var roles = await admin.GetAsync($"/api/v1/auth/user/roles/{id}");
        var rolesByName = await admin.GetAsync($"/api/v1/auth/user/roles/{username}");

        Assert.Equal(id, (string?)byName.Data["_id"]);
        Assert.Contains(username, all.Data.AsArray().Select(user => (string?)user!["username"]));
        Assert.DoesNotContain("password", all.Body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.True((bool?)roles.Data["write"]);
        Assert.False((bool?)roles.Data["read"]);
        Assert.Equal(roles.Data.ToJsonString(), rolesByName.Data.ToJsonString());
    }

    [Fact]
    public async Task Changing_roles_takes_effect_at_the_next_login()
    {
        var admin = await store.AdminAsync();
        var (id, username) = await CreateAsync(admin, new JsonObject { ["read"] = true });

        var changed = await admin.PatchAsync($"/api/v1/auth/user/roles/{id}", """{"roles":{"write":true,"read":false}}""");
        var bare = await admin.PatchAsync($"/api/v1/auth/user/roles/{id}", """{"configure":true}""");

        Assert.True((bool?)changed.Data["roles"]!["write"]);
        Assert.False((bool?)changed.Data["roles"]!["read"]);
        Assert.True((bool?)bare.Data["roles"]!["configure"]);
        Assert.True((bool?)bare.Data["roles"]!["write"]);
        var user = await store.Anonymous().AuthenticatedAsAsync(username, Password);
        ApiAssert.Refused(await user.GetAsync("/api/v1/mobius/discover/000001"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_password_change_retires_the_old_password_and_refresh_tokens()
    {
        var admin = await store.AdminAsync();
        var (id, username) = await CreateAsync(admin, new JsonObject { ["read"] = true });
        var login = await store.Anonymous().LoginAsync(username, Password);

        var changed = await admin.PatchAsync($"/api/v1/auth/user/password/{id}", """{"password":"another-good-password"}""");

        ApiAssert.Ok(changed);
        ApiAssert.Refused(await store.Anonymous().LoginAsync(username, Password), HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Equal(HttpStatusCode.OK, (await store.Anonymous().LoginAsync(username, "another-good-password")).Status);
        ApiAssert.Refused(await store.Anonymous().RefreshAsync((string)login.Body["refreshToken"]!), HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    [Fact]
    public async Task A_deleted_user_can_neither_log_in_nor_refresh()
    {
        var admin = await store.AdminAsync();
        var (id, username) = await CreateAsync(admin, new JsonObject { ["read"] = true });
        var login = await store.Anonymous().LoginAsync(username, Password);

        var deleted = await admin.DeleteAsync($"/api/v1/auth/user/{id}");

        Assert.Equal(username, (string?)deleted.Data["username"]);
        ApiAssert.Refused(await store.Anonymous().LoginAsync(username, Password), HttpStatusCode.Unauthorized, "invalid_credentials");
        ApiAssert.Refused(await store.Anonymous().RefreshAsync((string)login.Body["refreshToken"]!), HttpStatusCode.Unauthorized, "invalid_refresh_token");
        ApiAssert.Refused(await admin.DeleteAsync($"/api/v1/auth/user/{id}"), HttpStatusCode.NotFound, "user_not_found");
    }

    [Fact]
    public async Task The_last_admin_keeps_the_role_and_cannot_be_deleted()
    {
        var admin = await store.AdminAsync();
        var (id, username) = await CreateAsync(admin, new JsonObject { ["admin"] = true });
        var second = await store.Anonymous().AuthenticatedAsAsync(username, Password);
        var bootstrapId = (string?)(await admin.GetAsync($"/api/v1/auth/user/{ObjectStoreFactory.AdminUsername}")).Data["_id"];
        var others = (await admin.GetAsync("/api/v1/auth/users")).Data.AsArray()
            .Where(user => (bool?)user!["roles"]!["admin"] == true && (string?)user["_id"] != id && (string?)user["_id"] != bootstrapId).ToList();
        foreach (var other in others)
        {
            await admin.PatchAsync($"/api/v1/auth/user/roles/{(string?)other!["_id"]}", """{"admin":false}""");
        }

        ApiAssert.Ok(await second.PatchAsync($"/api/v1/auth/user/roles/{bootstrapId}", """{"admin":false}"""));
        ApiAssert.Refused(await second.PatchAsync($"/api/v1/auth/user/roles/{id}", """{"admin":false}"""), HttpStatusCode.Conflict, "last_admin");
        ApiAssert.Refused(await second.DeleteAsync($"/api/v1/auth/user/{id}"), HttpStatusCode.Conflict, "last_admin");
        ApiAssert.Ok(await second.PatchAsync($"/api/v1/auth/user/roles/{bootstrapId}", """{"admin":true}"""));
        ApiAssert.Ok(await admin.DeleteAsync($"/api/v1/auth/user/{id}"));
    }

    [Theory]
    [InlineData("""{"password":"a-good-password"}""", "username")]
    [InlineData("""{"username":"","password":"a-good-password"}""", "username")]
    [InlineData("""{"username":" padded ","password":"a-good-password"}""", "username")]
    [InlineData("""{"username":"someone-new"}""", "password")]
    [InlineData("""{"username":"someone-new","password":"short"}""", "password")]
    [InlineData("""{"username":"someone-new","password":"a-good-password","roles":{"root":true}}""", "root")]
    [InlineData("""{"username":"someone-new","password":"a-good-password","roles":{"read":"yes"}}""", "read")]
    [InlineData("""{"username":"someone-new","password":"a-good-password","roles":["read"]}""", "roles")]
    public async Task A_bad_user_is_400(string body, string mentioned)
    {
        var admin = await store.AdminAsync();

        ApiAssert.Refused(await admin.PostAsync("/api/v1/auth/user", body), HttpStatusCode.BadRequest, "invalid_request", mentioned);
    }

    [Fact]
    public async Task An_existing_username_is_409_and_unknown_users_404()
    {
        var admin = await store.AdminAsync();

        ApiAssert.Refused(await admin.PostAsync("/api/v1/auth/user", new JsonObject { ["username"] = ObjectStoreFactory.AdminUsername, ["password"] = Password }),
            HttpStatusCode.Conflict, "user_exists");
        ApiAssert.Refused(await admin.GetAsync("/api/v1/auth/user/nobody-at-all"), HttpStatusCode.NotFound, "user_not_found");
        ApiAssert.Refused(await admin.GetAsync($"/api/v1/auth/user/roles/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "user_not_found");
        ApiAssert.Refused(await admin.PatchAsync($"/api/v1/auth/user/password/{Guid.NewGuid()}", """{"password":"a-good-password"}"""), HttpStatusCode.NotFound, "user_not_found");
    }

    [Fact]
    public async Task Only_admins_manage_users()
    {
        var everythingButAdmin = await store.UserWithRolesAsync("flows", "configure", "subscribe", "write", "read");

        ApiAssert.Refused(await everythingButAdmin.GetAsync("/api/v1/auth/users"), HttpStatusCode.Forbidden, "forbidden", "admin");
        ApiAssert.Refused(await everythingButAdmin.PostAsync("/api/v1/auth/user", new JsonObject { ["username"] = NewName(), ["password"] = Password }), HttpStatusCode.Forbidden, "forbidden");
        ApiAssert.Refused(await everythingButAdmin.DeleteAsync($"/api/v1/auth/user/{ObjectStoreFactory.AdminUsername}"), HttpStatusCode.Forbidden, "forbidden");
        ApiAssert.Refused(await store.Anonymous().GetAsync("/api/v1/auth/users"), HttpStatusCode.Unauthorized, "unauthorized");
    }

    private static string NewName() => $"user-{Guid.NewGuid():N}"[..20];

    private static async Task<(string Id, string Username)> CreateAsync(EngineApi admin, JsonObject roles)
    {
        var username = NewName();
        var created = await admin.PostAsync("/api/v1/auth/user", new JsonObject { ["username"] = username, ["password"] = Password, ["roles"] = roles });
        ApiAssert.Ok(created);
        return ((string)created.Data["_id"]!, username);
    }
}
