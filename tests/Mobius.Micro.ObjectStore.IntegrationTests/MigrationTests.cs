using System.Net;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;
using Mobius.Micro.Testing;
using Npgsql;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>Schema migrations at start, on a database of their own.</summary>
public sealed class MigrationTests : IAsyncLifetime
{
    private TemporaryDatabase database = null!;
    private TemporaryVirtualHost virtualHost = null!;

    public async Task InitializeAsync()
    {
        database = await TemporaryDatabase.CreateAsync();
        virtualHost = await TemporaryVirtualHost.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await virtualHost.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Replicas_starting_together_migrate_once_and_a_restart_keeps_the_data()
    {
        var serial = TestIds.Serial();
        await using (var first = new ObjectStoreFactory(database.ConnectionString, virtualHost.Name))
        await using (var second = new ObjectStoreFactory(database.ConnectionString, virtualHost.Name))
        {
            var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));
            await Task.WhenAll(clients.Select(ObjectStoreFixture.WaitUntilReadyAsync));
            var admin = await new EngineApi(first.CreateClient()).AuthenticatedAsAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword);
            await admin.CreateObjectAsync("000001/021/FFC0/0001", ("0B", serial), ("0C", TestIds.Psk()));
        }

        var versions = await AppliedMigrationsAsync();

        await using var restarted = new ObjectStoreFactory(database.ConnectionString, virtualHost.Name);
        await ObjectStoreFixture.WaitUntilReadyAsync(restarted.CreateClient());
        var api = await new EngineApi(restarted.CreateClient()).AuthenticatedAsAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword);
        var connector = await api.GetObjectAsync("000001/021/FFC0/0001");

        Assert.Contains("0001_initial_schema", versions);
        Assert.Equal(versions.Distinct(), versions);
        Assert.Equal(versions, await AppliedMigrationsAsync());
        Assert.Equal(HttpStatusCode.OK, connector.Status);
        Assert.Equal(serial, (string?)connector.Data["resources"]!["0B"]!["pv"]);
        Assert.Equal(1, await CountAsync("select count(*) from users"));
    }

    private async Task<List<string>> AppliedMigrationsAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select version from schema_migrations order by version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<string>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetString(0));
        }

        return versions;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
