using System.Globalization;
using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Uris;
using Npgsql;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>
/// The steps of storing new objects inside a caller's transaction: lock a profile (so concurrent
/// creations, also on other replicas, pick distinct instances), find free instances, insert.
/// </summary>
internal static class ObjectInsertion
{
    public const string UniqueKeyConstraint = "objects_unique_key_per_service";

    /// <summary>Holds a transaction-scoped advisory lock on the profile <c>HID/SID/PID</c> of <paramref name="uri"/>.</summary>
    public static async Task LockProfileAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MobiusUri uri, CancellationToken cancellationToken)
    {
        var profileUri = MobiusUri.FromParts(uri.Hid, uri.Sid!, uri.Pid!);
        await using var command = Sql.Command(connection, transaction, "select pg_advisory_xact_lock(hashtextextended($1, 0))", profileUri.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Up to <paramref name="count"/> unused instances of the profile of <paramref name="uri"/>, lowest first, from <paramref name="from"/> up.</summary>
    public static async Task<List<string>> FreeInstancesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, MobiusUri uri, int from, int count, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            """
            select lpad(upper(to_hex(candidate)), 4, '0') from generate_series($4::int, 65535) as candidate
            where lpad(upper(to_hex(candidate)), 4, '0') not in (select ins from objects where hid = $1 and sid = $2 and pid = $3)
            order by candidate limit $5
            """,
            uri.Hid, uri.Sid!, uri.Pid!, Math.Max(from, 1), count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var free = new List<string>(count);
        while (await reader.ReadAsync(cancellationToken))
        {
            free.Add(reader.GetString(0));
        }

        return free;
    }

    /// <summary>Inserts the object and its resources; a conflict surfaces as a <see cref="PostgresException"/> (see <see cref="Conflict"/>).</summary>
    public static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, NewObject created, CancellationToken cancellationToken)
    {
        var uri = created.Uri;
        var rids = created.PriorityArrays.Keys.ToArray();
        var measuredAt = rids.Select(rid => created.PriorityArrays[rid][PriorityArray.Measured] is null ? null : created.MeasuredAt?.ToUniversalTime()).ToArray();
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Sql.BatchCommand(
                    "insert into objects (hid, sid, pid, ins, unique_key) values ($1, $2, $3, $4, $5)",
                    uri.Hid, uri.Sid!, uri.Pid!, uri.Ins!, created.UniqueKey),
                Sql.BatchCommand(
                    """
                    insert into resources (hid, sid, pid, ins, rid, prar, settings, measured_at)
                    select $1, $2, $3, $4, rid, prar, settings, measured_at
                    from unnest($5::text[], $6::jsonb[], $7::jsonb[], $8::timestamptz[]) as configured(rid, prar, settings, measured_at)
                    """,
                    uri.Hid, uri.Sid!, uri.Pid!, uri.Ins!, rids,
                    Sql.JsonbArray([.. rids.Select(rid => PriorityArrayJson.Write(created.PriorityArrays[rid]))]),
                    Sql.JsonbArray([.. rids.Select(rid => SettingsOverridesJson.Write(created.Overrides.GetValueOrDefault(rid)))]),
                    measuredAt),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Replaces every resource of an existing object and its unique key (restore).</summary>
    public static async Task ReplaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, NewObject replacement, CancellationToken cancellationToken)
    {
        var uri = replacement.Uri;
        var rids = replacement.PriorityArrays.Keys.ToArray();
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Sql.BatchCommand(
                    "update objects set unique_key = $5 where hid = $1 and sid = $2 and pid = $3 and ins = $4",
                    uri.Hid, uri.Sid!, uri.Pid!, uri.Ins!, replacement.UniqueKey),
                Sql.BatchCommand(
                    """
                    insert into resources as r (hid, sid, pid, ins, rid, prar, settings)
                    select $1, $2, $3, $4, rid, prar, settings from unnest($5::text[], $6::jsonb[], $7::jsonb[]) as c(rid, prar, settings)
                    on conflict (hid, sid, pid, ins, rid) do update set prar = excluded.prar, settings = excluded.settings, measured_at = null
                    """,
                    uri.Hid, uri.Sid!, uri.Pid!, uri.Ins!, rids,
                    Sql.JsonbArray([.. rids.Select(rid => PriorityArrayJson.Write(replacement.PriorityArrays[rid]))]),
                    Sql.JsonbArray([.. rids.Select(rid => SettingsOverridesJson.Write(replacement.Overrides.GetValueOrDefault(rid)))])),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>What a unique violation on inserting an object means.</summary>
    public static ObjectInsertResult Conflict(PostgresException conflict) =>
        conflict.ConstraintName == UniqueKeyConstraint ? ObjectInsertResult.DuplicateUniqueValue : ObjectInsertResult.ObjectExists;

    public static int InstanceNumber(string ins) => int.Parse(ins, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
