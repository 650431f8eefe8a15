using System.Net.Sockets;
using System.Reflection;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>
/// Brings the database schema up to date at start: applies each embedded
/// <c>Persistence/Migrations/NNNN_*.sql</c> not yet recorded in <c>schema_migrations</c>, in name
/// order, each in its own transaction. A PostgreSQL advisory lock makes replicas that start
/// together wait for one another instead of racing. A database that is still starting is waited
/// for (about a minute, each attempt logged) before the service gives up.
/// </summary>
internal sealed partial class SchemaMigrator(NpgsqlDataSource dataSource, ILogger<SchemaMigrator> logger) : IHostedService
{
    /// <summary>Advisory lock key of the object store's migrations (any constant unique to this schema).</summary>
    private const long MigrationLockKey = 0x4D6F_6269_7573_0001;

    private const string MigrationsPrefix = "Mobius.Micro.ObjectStore.Persistence.Migrations.";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var untilReachable = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(failure => failure.IsTransient || failure.InnerException is SocketException),
                MaxRetryAttempts = 12,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(10),
                OnRetry = retry =>
                {
                    LogWaiting(retry.AttemptNumber + 1, retry.RetryDelay.TotalSeconds, retry.Outcome.Exception?.Message ?? "");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        await untilReachable.ExecuteAsync(MigrateAsync, cancellationToken);
    }

    private async ValueTask MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"select pg_advisory_lock({MigrationLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection,
                "create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())",
                cancellationToken);
            var applied = await AppliedVersionsAsync(connection, cancellationToken);
            foreach (var (version, sql) in EmbeddedMigrations().Where(migration => !applied.Contains(migration.Version)))
            {
                await ApplyAsync(connection, version, sql, cancellationToken);
                LogApplied(version);
            }
        }
        finally
        {
            await ExecuteAsync(connection, $"select pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static IEnumerable<(string Version, string Sql)> EmbeddedMigrations()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(MigrationsPrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name[MigrationsPrefix.Length..^".sql".Length], Read(assembly, name)));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    private static async Task<HashSet<string>> AppliedVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select version from schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetString(0));
        }

        return versions;
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, string version, string sql, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var migration = new NpgsqlCommand(sql, connection, transaction))
        {
            await migration.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var record = new NpgsqlCommand("insert into schema_migrations (version) values ($1)", connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = version });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL not reachable for migrations (attempt {Attempt}), retrying in {DelaySeconds:F1} s: {Reason}")]
    private partial void LogWaiting(int attempt, double delaySeconds, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Version}")]
    private partial void LogApplied(string version);
}
