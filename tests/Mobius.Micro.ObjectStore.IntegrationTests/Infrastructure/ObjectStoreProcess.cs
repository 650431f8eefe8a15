using System.Globalization;
using Mobius.Micro.Testing;
using Npgsql;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>
/// The object store as the real process, its build output run behind Kestrel in the Production
/// environment, on a database and virtual host of its own: for tests that need the whole HTTP
/// stack, not the in-memory test server.
/// </summary>
public sealed class ObjectStoreProcess : IAsyncLifetime
{
    private TemporaryDatabase? database;
    private TemporaryVirtualHost? virtualHost;
    private ServiceProcess? process;

    public string Output => process?.Output ?? "";

    public bool HasExited => process?.HasExited ?? true;

    public EngineApi Anonymous() => new(new HttpClient { BaseAddress = process!.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });

    public Task<EngineApi> AdminAsync() => Anonymous().AuthenticatedAsAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword);

    public async Task InitializeAsync()
    {
        database = await TemporaryDatabase.CreateAsync();
        virtualHost = await TemporaryVirtualHost.CreateAsync();
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        process = ServiceProcess.Start("object-store", "Mobius.Micro.ObjectStore", new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ConnectionString,
            ["RabbitMq__Host"] = TestInfrastructure.RabbitMq.Host,
            ["RabbitMq__Port"] = TestInfrastructure.RabbitMq.Port.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__VirtualHost"] = virtualHost.Name,
            ["RabbitMq__Username"] = username,
            ["RabbitMq__Password"] = password,
            ["Auth__SigningKey"] = ObjectStoreFactory.SigningKey,
            ["Auth__BootstrapAdmin__Username"] = ObjectStoreFactory.AdminUsername,
            ["Auth__BootstrapAdmin__Password"] = ObjectStoreFactory.AdminPassword,
            ["Auth__LoginRateLimit__PermitsPerIp"] = "1000000",
            ["Auth__LoginRateLimit__PermitsPerUsername"] = "1000000",
            ["Commands__DownlinkTimeout"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        await process.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        if (process is not null)
        {
            await process.DisposeAsync();
        }

        if (virtualHost is not null)
        {
            await virtualHost.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
