using System.Net;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Login attempts are limited per client address and per username (429 with Retry-After).</summary>
public sealed class LoginRateLimitTests : IAsyncLifetime
{
    private IsolatedStore store = null!;

    public async Task InitializeAsync() => store = await IsolatedStore.StartAsync(new Dictionary<string, string?>
    {
        ["Auth:LoginRateLimit:PermitsPerIp"] = "6",
        ["Auth:LoginRateLimit:PermitsPerUsername"] = "3",
        ["Auth:LoginRateLimit:Window"] = "00:10:00",
    });

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Too_many_attempts_for_one_username_then_from_one_address_are_429()
    {
        var api = store.Anonymous();
        var answers = new List<ApiResponse>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            answers.Add(await api.LoginAsync("victim", $"guess-{attempt}"));
        }

        Assert.All(answers.Take(3), answer => ApiAssert.Refused(answer, HttpStatusCode.Unauthorized, "invalid_credentials"));
        ApiAssert.Refused(answers[3], HttpStatusCode.TooManyRequests, "too_many_requests", "username");

        Assert.Equal(HttpStatusCode.OK, (await api.LoginAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.LoginAsync("someone-else", "guess")).Status);
        var blocked = await api.LoginAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword);

        ApiAssert.Refused(blocked, HttpStatusCode.TooManyRequests, "too_many_requests", "address");
        Assert.True(blocked.Response!.Headers.RetryAfter is not null, "no Retry-After");
        ApiAssert.Refused(await api.RefreshAsync("whatever"), HttpStatusCode.TooManyRequests, "too_many_requests");
    }
}
