using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// Attacks at the Engine API of a real object store: missing, expired and tampered tokens on every
/// endpoint, every role on every endpoint it may not reach, brute-force logins, injection in URIs
/// and bodies, huge bodies. Only the expected status codes come back, never a 500; each test
/// prints how many requests it tried.
/// </summary>
public sealed partial class ApiAttackTests(ObjectStoreUnderAttack store, ITestOutputHelper output) : IClassFixture<ObjectStoreUnderAttack>
{
    private static readonly IEnumerable<(string Method, string Template, string Role)> Protected = EngineEndpoints.Protected;

    [Fact]
    public async Task Every_protected_endpoint_refuses_missing_expired_and_tampered_tokens_with_401()
    {
        var reader = store.Tokens["read"];
        var refresh = await RefreshTokenAsync();
        var tokens = new Dictionary<string, string?>
        {
            ["no token"] = null,
            ["garbage"] = "not-a-token",
            ["expired admin token (the store's key)"] = ForgedEngineTokens.Admin(ObjectStoreUnderAttack.SigningKey, TimeSpan.FromMinutes(-5)),
            ["admin token signed with another key"] = ForgedEngineTokens.Admin("another-signing-key-0123456789abcdef", TimeSpan.FromMinutes(5)),
            ["signature flipped"] = ForgedEngineTokens.SignatureFlipped(reader),
            ["alg none"] = ForgedEngineTokens.AlgNone(store.Tokens["admin"]),
            ["read token escalated to admin"] = ForgedEngineTokens.EscalatedToAdmin(reader),
            ["refresh token as access token"] = refresh,
        };
        var tried = 0;
        var failures = new List<string>();

        foreach (var (name, token) in tokens)
        {
            using var http = store.Client(token);
            foreach (var (method, template, _) in Protected)
            {
                tried++;
                var (status, body) = await SendAsync(http, method, EngineEndpoints.Path(template), "{}");
                if (status != 401)
                {
                    failures.Add($"{name}: {method} {template} answered {status} {body}");
                }
            }
        }

        output.WriteLine($"token attacks: {tried} requests ({tokens.Count} kinds of token × {Protected.Count()} endpoints), {tried - failures.Count} refused with 401");
        failures.Take(30).ToList().ForEach(output.WriteLine);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_role_is_refused_every_endpoint_it_may_not_reach_with_403()
    {
        var tried = 0;
        var failures = new List<string>();
        foreach (var (role, token) in store.Tokens)
        {
            using var http = store.Client(token);
            foreach (var (method, template, needed) in Protected.Where(endpoint => !EngineEndpoints.Allows(role, endpoint.Role)))
            {
                tried++;
                var (status, body) = await SendAsync(http, method, EngineEndpoints.Path(template), "{}");
                if (status != 403)
                {
                    failures.Add($"role {role} on {method} {template} (needs {needed}) answered {status} {body}");
                }
            }
        }

        output.WriteLine($"role attacks: {tried} requests of {store.Tokens.Count} users at endpoints their role does not allow, {tried - failures.Count} refused with 403");
        failures.Take(30).ToList().ForEach(output.WriteLine);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_endpoint_table_lists_every_endpoint_of_the_openapi_document()
    {
        using var http = store.Client();
        var document = JsonNode.Parse(await http.GetStringAsync("/api/v1/openapi.json"))!;
        var documented = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet();
        var tabled = EngineEndpoints.All.Select(endpoint => $"{endpoint.Method} {endpoint.Template}").ToHashSet();

        Assert.Empty(documented.Except(tabled));
    }

    [Fact]
    public async Task Brute_force_logins_are_rate_limited_with_429()
    {
        using var http = store.Client();
        var statuses = new List<int>();
        for (var attempt = 0; attempt < 15; attempt++)
        {
            using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = "attack-none", password = $"guess-{attempt}" });
            statuses.Add((int)response.StatusCode);
        }

        output.WriteLine($"brute force: 15 wrong passwords for one user: {string.Join(' ', statuses)}");
        // 10 attempts per username and minute (the fixture's own login of this user was one of them), then only 429.
        var wrong = statuses.TakeWhile(status => status == 401).Count();
        Assert.InRange(wrong, 1, 10);
        Assert.All(statuses.Skip(wrong), status => Assert.Equal(429, status));
    }

    [Fact]
    public async Task Injection_attempts_in_uris_and_bodies_get_4xx_and_change_nothing()
    {
        using var admin = store.Client(store.Tokens["admin"]);
        var usersBefore = await admin.GetStringAsync("/api/v1/auth/users");
        string[] segments =
        [
            "' or 1=1 --", "0001'; drop table objects; --", "..%2F..%2Fetc%2Fpasswd", "..", "%2e%2e", "+", "%23", "*", "%00", "0001%00",
            "%C3%A9%E6%97%A5%F0%9F%98%80", "%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%91", "FFC0/../../021", "${jndi:ldap://x}", "<script>", new string('F', 5000),
        ];
        string[] bodies =
        [
            """{"value":"' or 1=1 --","priority":15}""", """{"value":"'); delete from objects; --"}""", """[{"rid":"0B' or '1'='1","settings":{"pv":"x"}}]""",
            """{"username":"admin' --","password":"x","roles":{"admin":true}}""", """{"rid":"../../etc/passwd"}""", """{"value":"\u0000\uFFFF\uD800"}""",
            """{"ins":"+"}""", """{"ins":"#"}""", """{"copies":1e9}""", """{"__proto__":{"admin":true}}""",
        ];
        var tried = 0;
        var failures = new List<string>();
        foreach (var (method, template, _) in Protected.Where(endpoint => endpoint.Template.Contains('{')))
        {
            foreach (var segment in segments)
            {
                var path = Placeholder().Replace(template, segment);
                foreach (var body in method == "GET" || method == "DELETE" ? ["{}"] : bodies)
                {
                    tried++;
                    var (status, answer) = await SendAsync(admin, method, path, body);
                    // A wildcard is a legal query of discover; everything else here is malformed or unknown.
                    var wildcardQuery = status == 200 && segment is "+" or "%23" && template.Contains("/discover/", StringComparison.Ordinal);
                    if (status is not (400 or 401 or 403 or 404 or 405 or 409 or 413 or 414 or 422) && !wildcardQuery)
                    {
                        failures.Add($"{method} {path[..Math.Min(path.Length, 120)]} {body} answered {status} {answer[..Math.Min(answer.Length, 200)]}");
                    }
                }
            }
        }

        output.WriteLine($"injection attacks: {tried} requests, {tried - failures.Count} answered 4xx");
        failures.Take(30).ToList().ForEach(output.WriteLine);
        Assert.Empty(failures);
        Assert.Equal(usersBefore.Split("\"username\"").Length, (await admin.GetStringAsync("/api/v1/auth/users")).Split("\"username\"").Length);
        Assert.False(store.Process.HasExited);
    }

    [Fact]
    public async Task Huge_and_deeply_nested_bodies_are_refused_with_413_or_400()
    {
        using var admin = store.Client(store.Tokens["admin"]);
        var bodies = new Dictionary<string, string>
        {
            ["40 MB of JSON"] = "[{\"rid\":\"0B\",\"settings\":{\"pv\":\"" + new string('x', 40 << 20) + "\"}}]",
            ["2 MB string value"] = "{\"value\":\"" + new string('x', 2 << 20) + "\"}",
            ["100,000 levels of nesting"] = new string('[', 100_000) + new string(']', 100_000),
            ["1,000,000 array elements"] = "[" + string.Join(',', Enumerable.Repeat("{}", 1_000_000)) + "]",
        };
        var failures = new List<string>();
        foreach (var (name, body) in bodies)
        {
            foreach (var (method, path) in new[] { ("POST", "/api/v1/mobius/object/000001/021/FFC0"), ("PATCH", "/api/v1/mobius/object/resource/000001/021/FFC0/0001/0B"), ("POST", "/api/v1/auth/login") })
            {
                var (status, answer) = await SendAsync(admin, method, path, body);
                output.WriteLine($"{name} to {method} {path}: {status}");
                if (status is not (400 or 404 or 413))
                {
                    failures.Add($"{name} to {method} {path} answered {status} {answer[..Math.Min(answer.Length, 200)]}");
                }
            }
        }

        failures.Take(30).ToList().ForEach(output.WriteLine);
        Assert.Empty(failures);
        Assert.False(store.Process.HasExited);
    }

    private async Task<string> RefreshTokenAsync()
    {
        using var http = store.Client();
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = "attack-read", password = ObjectStoreUnderAttack.Password });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["refreshToken"]!.GetValue<string>();
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient http, string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        try
        {
            using var response = await http.SendAsync(request);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException refused) when (refused.InnerException is IOException)
        {
            // Kestrel may close the connection on a body over its limit before the client has sent it all.
            return ((int)HttpStatusCode.RequestEntityTooLarge, refused.Message);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
