using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>The calls of the Engine API the tests make, over one client, with or without a bearer token.</summary>
public sealed class EngineApi(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>The access token sent with every call, if logged in.</summary>
    public string? Token => http.DefaultRequestHeaders.Authorization?.Parameter;

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
    public Task<ApiResponse> CreateObjectWithBodyAsync(string uri, string json) => SendAsync(HttpMethod.Post, $"/api/v1/mobius/object/{uri}", json);

    public Task<ApiResponse> GetObjectAsync(string uri) => GetAsync($"/api/v1/mobius/object/{uri}");

    public Task<ApiResponse> GetResourceAsync(string uri) => GetAsync($"/api/v1/mobius/object/resource/{uri}");

    /// <summary><c>PATCH /api/v1/mobius/object/resource/{uri}</c> with <c>{"priority","value"}</c> (priority left out when null).</summary>
    public Task<ApiResponse> WriteAsync(string resourceUri, object? value, int? priority = null)
    {
        var body = new JsonObject { ["value"] = value is null ? null : JsonValue.Create(value) };
        if (priority is { } p)
        {
            body["priority"] = p;
        }

        return SendAsync(HttpMethod.Patch, $"/api/v1/mobius/object/resource/{resourceUri}", body.ToJsonString());
    }

    public Task<ApiResponse> ClearAsync(string resourceUri, int? priority = null) =>
        SendAsync(HttpMethod.Patch, $"/api/v1/mobius/object/resource/clear/{resourceUri}", priority is { } p ? $$"""{"priority":{{p}}}""" : "{}");

    public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ApiResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public Task<ApiResponse> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, Json(body));

    public Task<ApiResponse> PatchAsync(string path, object body) => SendAsync(HttpMethod.Patch, path, Json(body));

    /// <summary>Any call, the body as written (JSON or not), answered as an <see cref="ApiResponse"/>.</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await ApiResponse.ReadAsync(await http.SendAsync(request));
    }

    private static string Json(object body) => body switch
    {
        string text => text,
        JsonNode node => node.ToJsonString(),
        _ => System.Text.Json.JsonSerializer.Serialize(body),
    };
}
