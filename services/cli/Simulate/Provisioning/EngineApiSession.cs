using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mobius.Micro.Cli.Simulate.Provisioning;

/// <summary>
/// The little of the Engine API v1 provisioning needs: log in and create objects. Tokens live 10 minutes; when the API answers 401 the session logs in again once and
/// repeats the request, so provisioning a large site outlives its first token.
/// </summary>
public sealed class EngineApiSession : IDisposable
{
    private const string ApiRoot = "/api/v1";

    private readonly HttpClient _http;
    private readonly ProvisioningSettings _settings;
    private readonly SemaphoreSlim _login = new(1, 1);
    private string _token = "";

    private EngineApiSession(ProvisioningSettings settings)
    {
        _settings = settings;
        _http = new HttpClient { BaseAddress = settings.Api, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress => _settings.Api;

    /// <exception cref="ProvisioningException">The API is unreachable or refuses the credentials.</exception>
    public static async Task<EngineApiSession> LoginAsync(ProvisioningSettings settings, CancellationToken cancellationToken)
    {
        var session = new EngineApiSession(settings);
        try
        {
            await session.RenewTokenAsync(session._token, cancellationToken);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary><c>POST /mobius/object/{hid}/{sid}/{pid}</c> (next free INS) with each resource's <c>pv</c>.</summary>
    public async Task<ObjectCreation> CreateObjectAsync(string sid, string pid, IReadOnlyList<(string Rid, string Value)> configuration, CancellationToken cancellationToken)
    {
        var body = configuration.Select(resource => new { rid = resource.Rid, settings = new { pv = resource.Value } }).ToArray();
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, $"{ApiRoot}/mobius/object/{_settings.HubId}/{sid}/{pid}") { Content = JsonContent.Create(body) },
            cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new ObjectCreation(ObjectCreationResult.Created);
        }

        var error = await ReadJsonAsync(response, cancellationToken);
        return response.StatusCode == HttpStatusCode.Conflict && error?["errorCode"]?.GetValue<string>() is "object_exists" or "duplicate_unique_value"
            ? new ObjectCreation(ObjectCreationResult.AlreadyExists)
            : new ObjectCreation(ObjectCreationResult.Refused, Describe(response.StatusCode, error));
    }

    public void Dispose()
    {
        _http.Dispose();
        _login.Dispose();
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var token = _token;
        var response = await SendWithTokenAsync(request(), token, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        await RenewTokenAsync(token, cancellationToken);
        return await SendWithTokenAsync(request(), _token, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, string token, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await _http.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Logs in, unless another request already renewed the token that <paramref name="expired"/> was.</summary>
    private async Task RenewTokenAsync(string expired, CancellationToken cancellationToken)
    {
        await _login.WaitAsync(cancellationToken);
        try
        {
            if (_token != expired)
            {
                return;
            }

            using var response = await _http.PostAsJsonAsync(
                ApiRoot + "/auth/login", new { username = _settings.Username, password = _settings.Password }, cancellationToken);
            var body = await ReadJsonAsync(response, cancellationToken);
            if (!response.IsSuccessStatusCode || body?["token"]?.GetValue<string>() is not { Length: > 0 } token)
            {
                throw new ProvisioningException($"login to {_settings.Api} as {_settings.Username} failed: {Describe(response.StatusCode, body)}");
            }

            _token = token;
        }
        catch (HttpRequestException unreachable)
        {
            throw new ProvisioningException($"the Engine API at {_settings.Api} is unreachable: {unreachable.Message}");
        }
        finally
        {
            _login.Release();
        }
    }

    private static async Task<JsonObject?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Describe(HttpStatusCode status, JsonObject? error) =>
        error?["message"]?.GetValue<string>() is { } message
            ? $"{(int)status} {error["errorCode"]?.GetValue<string>()}: {message}"
            : $"{(int)status} {status}";
}
