using Mobius.Micro.ObjectStore.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Mobius.Micro.ObjectStore.Services;

/// <summary>The <c>services</c> table: one row per service of a hub.</summary>
public sealed class ServiceRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = "hid, sid, name, state, settings::text, registered_at, reloaded_at";

    /// <summary>Registers each service that is not registered yet (running, no settings).</summary>
    public async Task EnsureAsync(string hid, IEnumerable<ServiceKind> kinds, CancellationToken cancellationToken)
    {
        var all = kinds.ToArray();
        await using var command = dataSource.CreateCommand(
            "insert into services (hid, sid, name) select $1, sid, name from unnest($2::text[], $3::text[]) as s(sid, name) on conflict do nothing");
        Sql.Add(command.Parameters, hid, all.Select(kind => kind.Sid).ToArray(), all.Select(kind => kind.DefaultName).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<List<ServiceRecord>> ListAsync(string hid, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from services where hid = $1 order by sid");
        Sql.Add(command.Parameters, hid);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<ServiceRecord?> FindAsync(string hid, string sid, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from services where hid = $1 and sid = $2");
        Sql.Add(command.Parameters, hid, sid);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Changes the name and/or settings (null: unchanged); answers the service as stored.</summary>
    public async Task<ServiceRecord?> UpdateAsync(string hid, string sid, string? name, string? settingsJson, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"update services set name = coalesce($3, name), settings = coalesce($4, settings) where hid = $1 and sid = $2 returning {Columns}");
        Sql.Add(command.Parameters, hid, sid, new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)name ?? DBNull.Value }, Sql.Jsonb(settingsJson));
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<ServiceRecord?> SetStateAsync(string hid, string sid, string state, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"update services set state = $3 where hid = $1 and sid = $2 returning {Columns}");
        Sql.Add(command.Parameters, hid, sid, state);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<ServiceRecord?> MarkReloadedAsync(string hid, string sid, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"update services set reloaded_at = now() where hid = $1 and sid = $2 returning {Columns}");
        Sql.Add(command.Parameters, hid, sid);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The SIDs of the hub's stopped services.</summary>
    public async Task<HashSet<string>> StoppedAsync(string hid, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select sid from services where hid = $1 and state = 'stopped'");
        Sql.Add(command.Parameters, hid);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stopped = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            stopped.Add(reader.GetString(0));
        }

        return stopped;
    }

    private static async Task<List<ServiceRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var services = new List<ServiceRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            services.Add(new ServiceRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return services;
    }
}
