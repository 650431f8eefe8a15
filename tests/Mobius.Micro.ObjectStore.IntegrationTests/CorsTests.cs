using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Cross-origin requests are off unless origins are configured.</summary>
public sealed class CorsTests : IAsyncLifetime
{
    private const string Dashboard = "https://dashboard.example";
    private IsolatedStore store = null!;

    public async Task InitializeAsync() => store = await IsolatedStore.StartAsync(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = Dashboard });

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Only_a_configured_origin_is_allowed()
    {
        var allowed = await PreflightAsync(Dashboard);
        var other = await PreflightAsync("https://evil.example");

        Assert.Equal(Dashboard, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task By_default_no_origin_is_allowed()
    {
        await using var plain = await IsolatedStore.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/mobius/discover/000001");
        request.Headers.Add("Origin", Dashboard);

        using var response = await plain.Anonymous().Http.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/mobius/discover/000001");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return await store.Anonymous().Http.SendAsync(request);
    }
}
