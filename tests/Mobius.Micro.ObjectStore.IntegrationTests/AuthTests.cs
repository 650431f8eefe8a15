using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

[Collection(ObjectStoreCollection.Name)]
public sealed class AuthTests(ObjectStoreFixture store)
{
    private const string AnyConnector = "000001/021/FFC0/0001";

    [Fact]
    public async Task Login_answers_a_token_and_a_refresh_token_as_mobiusflow_does()
    {
        var login = await store.Anonymous().LoginAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, login.Status);
        Assert.Equal(["token", "refreshToken"], login.Body.AsObject().Select(property => property.Key));
        Assert.Equal(3, ((string)login.Body["token"]!).Split('.').Length);
        Assert.Equal(3, ((string)login.Body["refreshToken"]!).Split('.').Length);
    }

    [Fact]
    public async Task A_wrong_password_is_401()
    {
        var login = await store.Anonymous().LoginAsync(ObjectStoreFactory.AdminUsername, "not-the-password");

        AssertError(login, HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task An_unknown_user_is_401_like_a_wrong_password()
    {
        var login = await store.Anonymous().LoginAsync("nobody-" + Guid.NewGuid(), "whatever");

        AssertError(login, HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task A_login_without_password_is_400()
    {
        var login = await store.Anonymous().LoginAsync(ObjectStoreFactory.AdminUsername, "");

        AssertError(login, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Reading_without_a_token_is_401_in_the_error_envelope()
    {
        var response = await store.Anonymous().GetObjectAsync(AnyConnector);

        AssertError(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(["ts", "statusCode", "errorCode", "message"], response.Body.AsObject().Select(property => property.Key));
        Assert.Equal(401, (int)response.Body["statusCode"]!);
    }

    [Fact]
    public async Task A_garbage_token_is_401()
    {
        var api = store.Anonymous();
        api.Http.DefaultRequestHeaders.Authorization = new("Bearer", "not.a.token");

        AssertError(await api.GetObjectAsync(AnyConnector), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var api = store.Anonymous();
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "mobius-micro-object-store",
            Audience = "mobius-engine-api",
            Claims = new Dictionary<string, object> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = new[] { "admin" } },
            SigningCredentials = new(new SymmetricSecurityKey("another-key-that-is-long-enough-0123456789"u8.ToArray()), SecurityAlgorithms.HmacSha256),
        });
        api.Http.DefaultRequestHeaders.Authorization = new("Bearer", forged);

        AssertError(await api.GetObjectAsync(AnyConnector), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Refresh_answers_new_tokens_that_work()
    {
        var api = store.Anonymous();
        var login = await api.LoginAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword);

        var refreshed = await api.RefreshAsync((string)login.Body["refreshToken"]!);

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        api.Http.DefaultRequestHeaders.Authorization = new("Bearer", (string)refreshed.Body["token"]!);
        var read = await api.GetObjectAsync("000001/021/FFC0/FFFF");
        Assert.Equal("object_not_found", read.ErrorCode);
    }

    [Fact]
    public async Task A_refresh_token_is_no_access_token()
    {
        var api = store.Anonymous();
        var login = await api.LoginAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword);
        api.Http.DefaultRequestHeaders.Authorization = new("Bearer", (string)login.Body["refreshToken"]!);

        AssertError(await api.GetObjectAsync(AnyConnector), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task An_access_token_cannot_refresh()
    {
        var api = store.Anonymous();
        var login = await api.LoginAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword);

        AssertError(await api.RefreshAsync((string)login.Body["token"]!), HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    [Fact]
    public async Task A_read_only_user_may_read_but_not_create()
    {
        var reader = await store.UserWithRolesAsync("read");

        var create = await reader.CreateObjectAsync("000001/021/FFC0", ("0B", TestIds.Serial()), ("0C", TestIds.Psk()));
        var read = await reader.GetObjectAsync("000001/021/FFC0/FFFF");

        AssertError(create, HttpStatusCode.Forbidden, "forbidden");
        Assert.Contains("configure", create.Message, StringComparison.Ordinal);
        Assert.Equal("object_not_found", read.ErrorCode);
    }

    [Fact]
    public async Task A_user_without_read_cannot_read()
    {
        var configurer = await store.UserWithRolesAsync("configure");

        AssertError(await configurer.GetObjectAsync(AnyConnector), HttpStatusCode.Forbidden, "forbidden");
    }

    private static void AssertError(ApiResponse response, HttpStatusCode status, string errorCode)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal(errorCode, response.ErrorCode);
        Assert.DoesNotContain(" at ", response.Message, StringComparison.Ordinal);
    }
}
