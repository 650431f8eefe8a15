using Npgsql;

namespace Mobius.Micro.Testing;

/// <summary>A PostgreSQL database of its own for one test fixture, dropped when disposed.</summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private TemporaryDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TemporaryDatabase> CreateAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(TestInfrastructure.Postgres) { Database = "postgres", Pooling = false }.ConnectionString;
        var name = $"mobius_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new TemporaryDatabase(server, name);
    }

    /// <summary>
    /// Drops the database. FORCE cannot end a backend of another role, such as an autovacuum worker
    /// busy with it after a long run; such a worker is done within moments, so the drop is tried again.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException busy) when (busy.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
