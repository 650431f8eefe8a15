using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mobius.Micro.Testing;

/// <summary>The Engine API v1 as a user's tool speaks it: login, create objects, read objects.</summary>
public sealed class EngineApiClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };

    /// <summary>Logs in and answers the token (valid 10 minutes), which this client then sends.</summary>
    public async Task<string> LoginAsync(string username, string password)
    {
        using var response = await _http.PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        var body = await ReadSuccessAsync(response);
        var token = body["token"]!.GetValue<string>();
        UseToken(token);
        return token;
    }

    public void UseToken(string token) => _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    /// <summary>Creates an object at the next free instance and answers its INS.</summary>
    public async Task<string> CreateObjectAsync(string serviceAndProfile, params (string Rid, string Value)[] configuration)
    {
        var body = configuration.Select(item => new { rid = item.Rid, settings = new { pv = item.Value } });
        using var response = await _http.PostAsJsonAsync($"/api/v1/mobius/object/{StackFixture.HubId}/{serviceAndProfile}", body);
        var created = await ReadSuccessAsync(response);
        return created["data"]!["ins"]!.GetValue<string>();
    }

    public async Task<JsonObject> GetObjectAsync(string objectPath)
    {
        using var response = await _http.GetAsync($"/api/v1/mobius/object/{StackFixture.HubId}/{objectPath}");
        var body = await ReadSuccessAsync(response);
        return body["data"]!.AsObject();
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    /// <summary>Writes one resource at the default priority (15), e.g. a connector's <c>0C</c> psk or <c>19</c> enabled.</summary>
    public async Task WriteResourceAsync(string objectPath, string rid, JsonNode value)
    {
        using var response = await _http.PatchAsJsonAsync($"/api/v1/mobius/object/resource/{StackFixture.HubId}/{objectPath}/{rid}", new JsonObject { ["value"] = value });
        await ReadSuccessAsync(response);
    }

    public async Task DeleteObjectAsync(string objectPath)
    {
        using var response = await _http.DeleteAsync($"/api/v1/mobius/object/{StackFixture.HubId}/{objectPath}");
        await ReadSuccessAsync(response);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<JsonObject> ReadSuccessAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}

/// <summary>Reading resources out of an object in the Engine API's shape.</summary>
public static class EngineObjectExtensions
{
    public static JsonObject ResourceNamed(this JsonObject engineObject, string name) =>
        engineObject["resources"]!.AsObject()
            .Select(entry => entry.Value!.AsObject())
            .Single(resource => resource["name"]!.GetValue<string>() == name);

    public static JsonNode? PriorityValue(this JsonObject resource, int priority) => resource["prar"]![priority - 1];

    public static double? NumberAtPriority(this JsonObject resource, int priority) =>
        resource.PriorityValue(priority) is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<double>() : null;
}
