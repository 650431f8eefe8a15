using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mobius.Micro.Testing;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// The object store alone, as its real process (its own database and virtual host), with its default
/// login rate limits, a signing key the attacks may use to forge tokens with, and one user per role
/// (and one without any), each logged in once.
/// </summary>
public sealed class ObjectStoreUnderAttack : IAsyncLifetime
{
    public const string SigningKey = "api-attack-signing-key-0123456789abcdef";
    public const string Password = "attack-test-password";
    public static readonly string[] Roles = ["admin", "read", "write", "configure", "subscribe", "flows"];

    private TemporaryDatabase? _database;
    private TemporaryVirtualHost? _virtualHost;
    private ServiceProcess? _process;

    public ServiceProcess Process => _process!;

    /// <summary>A token per role name, and <c>none</c> for a user with no role at all.</summary>
    public Dictionary<string, string> Tokens { get; } = [];

    public HttpClient Client(string? token = null)
    {
        var http = new HttpClient { BaseAddress = Process.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public async Task InitializeAsync()
    {
        _database = await TemporaryDatabase.CreateAsync();
        _virtualHost = await TemporaryVirtualHost.CreateAsync();
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        _process = ServiceProcess.Start("object-store", "Mobius.Micro.ObjectStore", new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = _database.ConnectionString,
            ["RabbitMq__Host"] = TestInfrastructure.RabbitMq.Host,
            ["RabbitMq__Port"] = TestInfrastructure.RabbitMq.Port.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__VirtualHost"] = _virtualHost.Name,
            ["RabbitMq__Username"] = username,
            ["RabbitMq__Password"] = password,
            ["Auth__SigningKey"] = SigningKey,
            ["Auth__BootstrapAdmin__Username"] = StackFixture.AdminUsername,
            ["Auth__BootstrapAdmin__Password"] = StackFixture.AdminPassword,
            ["Mobius__HubId"] = StackFixture.HubId,
        });
        await _process.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        Tokens["admin"] = await LoginAsync(StackFixture.AdminUsername, StackFixture.AdminPassword);
        using var admin = Client(Tokens["admin"]);
        foreach (var role in Roles.Skip(1).Append("none"))
        {
            var user = $"attack-{role}";
            using var created = await admin.PostAsJsonAsync("/api/v1/auth/user", new JsonObject
            {
                ["username"] = user, ["password"] = Password, ["roles"] = new JsonObject(Roles.Select(name => KeyValuePair.Create(name, (JsonNode?)(name == role)))),
            });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            Tokens[role] = await LoginAsync(user, Password);
        }
    }

    public async Task<string> LoginAsync(string username, string password)
    {
        using var http = Client();
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"login {username}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["token"]!.GetValue<string>();
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        if (_virtualHost is not null)
        {
            await _virtualHost.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
