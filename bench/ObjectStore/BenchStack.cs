using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mobius.Micro.Testing;
using Npgsql;

namespace Mobius.Micro.Bench.ObjectStore;

/// <summary>
/// The object store as a real process (its Release build) on a temporary database and a temporary
/// RabbitMQ virtual host, both removed afterwards; and an admin client of its Engine API.
/// </summary>
public sealed class BenchStack : IAsyncDisposable
{
    public const string AdminUsername = "bench-admin";
    public const string AdminPassword = "bench-admin-password";

    private BenchStack(TemporaryDatabase database, TemporaryVirtualHost virtualHost, ServiceProcess objectStore, HttpClient api)
    {
        Database = database;
        VirtualHost = virtualHost;
        ObjectStore = objectStore;
        Api = api;
    }

    public TemporaryDatabase Database { get; }

    public TemporaryVirtualHost VirtualHost { get; }

    public ServiceProcess ObjectStore { get; }

    /// <summary>An HTTP client of the object store, logged in as admin.</summary>
    public HttpClient Api { get; }

    public static async Task<BenchStack> StartAsync()
    {
        var database = await TemporaryDatabase.CreateAsync();
        var virtualHost = await TemporaryVirtualHost.CreateAsync();
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var objectStore = ServiceProcess.Start("object-store", "Mobius.Micro.ObjectStore", new Dictionary<string, string>
        {
            // TemporaryDatabase's connection string turns pooling off (it is built from the server one); the store pools, as deployed.
            ["ConnectionStrings__Postgres"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ConnectionString,
            ["RabbitMq__Host"] = TestInfrastructure.RabbitMq.Host,
            ["RabbitMq__Port"] = TestInfrastructure.RabbitMq.Port.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__VirtualHost"] = virtualHost.Name,
            ["RabbitMq__Username"] = username,
            ["RabbitMq__Password"] = password,
            ["Auth__SigningKey"] = "benchmark-signing-key-0123456789abcdef-0123456789",
            ["Auth__BootstrapAdmin__Username"] = AdminUsername,
            ["Auth__BootstrapAdmin__Password"] = AdminPassword,
            ["Auth__LoginRateLimit__PermitsPerIp"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        await objectStore.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        var api = new HttpClient { BaseAddress = objectStore.BaseAddress };
        using var login = await api.PostAsJsonAsync("/api/v1/auth/login", new { username = AdminUsername, password = AdminPassword });
        var token = (string?)JsonNode.Parse(await login.Content.ReadAsStringAsync())?["token"]
            ?? throw new InvalidOperationException($"login failed: {(int)login.StatusCode}");
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new BenchStack(database, virtualHost, objectStore, api);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await ObjectStore.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
