using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>The calls of the Engine API the tests make, over one client, with or without a bearer token.</summary>
public sealed class EngineApi(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<ApiResponse> LoginAsync(string username, string password) =>
        await ApiResponse.ReadAsync(await http.PostAsJsonAsync("/api/v1/auth/login", new { username, password }));

    public async Task<ApiResponse> RefreshAsync(string refreshToken) =>
        await ApiResponse.ReadAsync(await http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }));

    /// <summary>Logs in and sends the access token with every later call.</summary>
    public async Task<EngineApi> AuthenticatedAsAsync(string username, string password)
    {
        var login = await LoginAsync(username, password);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string?)login.Body["token"]
            ?? throw new InvalidOperationException($"login as {username} failed: {login.Body.ToJsonString()}"));
        return this;
    }

    /// <summary><c>POST /api/v1/mobius/object/{uri}</c> with <c>[{"rid","settings":{"pv"}}]</c> for each configured value.</summary>
    public async Task<ApiResponse> CreateObjectAsync(string uri, params (string Rid, object Pv)[] configuration)
    {
        var body = new JsonArray([.. configuration.Select(entry => new JsonObject
        {
            ["rid"] = entry.Rid,
            ["settings"] = new JsonObject { ["pv"] = JsonValue.Create(entry.Pv) },
        })]);
        return await ApiResponse.ReadAsync(await http.PostAsJsonAsync($"/api/v1/mobius/object/{uri}", body));
    }

    /// <summary><c>POST /api/v1/mobius/object/{uri}</c> with a body as written, well-formed or not.</summary>
    public async Task<ApiResponse> CreateObjectWithBodyAsync(string uri, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await ApiResponse.ReadAsync(await http.PostAsync($"/api/v1/mobius/object/{uri}", content));
    }

    public async Task<ApiResponse> GetObjectAsync(string uri) =>
        await ApiResponse.ReadAsync(await http.GetAsync($"/api/v1/mobius/object/{uri}"));

    public async Task<ApiResponse> GetResourceAsync(string uri) =>
        await ApiResponse.ReadAsync(await http.GetAsync($"/api/v1/mobius/object/resource/{uri}"));
}
