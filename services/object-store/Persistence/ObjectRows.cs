using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Objects;
using Npgsql;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>
/// Reading an object for change and storing the change, inside a caller's transaction. The object
/// row and its resource rows are locked (resources in key order, as the measured-values writer
/// locks them, so the two never deadlock), so no concurrent write is lost in between.
/// </summary>
public sealed class ObjectRows(StoredObjectReader reader)
{
    public const string ObjectKeyConstraint = "objects_pkey";

    public async Task<ObjectInstance?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MobiusUri uri, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            $"""
            select {StoredObjectReader.Columns} from objects o join resources r using (hid, sid, pid, ins)
            where o.hid = $1 and o.sid = $2 and o.pid = $3 and o.ins = $4
            order by r.rid
            for update of o for no key update of r
            """,
            uri.Hid, uri.Sid!, uri.Pid!, uri.Ins!);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        return (await reader.ReadAllAsync(rows, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Every object of hub <paramref name="hid"/>, locked, in URI order.</summary>
    public async Task<List<ObjectInstance>> LockAllAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string hid, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            $"""
            select {StoredObjectReader.Columns} from objects o join resources r using (hid, sid, pid, ins)
            where o.hid = $1
            order by o.sid, o.pid, o.ins
            for update of o
            """,
            hid);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(rows, cancellationToken);
    }

    /// <summary>
    /// Stores the changed resources of <paramref name="draft"/> (upserted: a resource the profile
    /// gained since creation gets its row), its history and unique key, and moves it if it moves.
    /// A conflict (the new INS or unique value taken) surfaces as a <see cref="PostgresException"/>.
    /// </summary>
    public static async Task SaveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ObjectDraft draft, IReadOnlyCollection<string> changedRids,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = draft.Stored.Uri;
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (draft.NewIns is { } ins)
        {
            batch.BatchCommands.Add(Sql.BatchCommand(
                "update objects set ins = $5 where hid = $1 and sid = $2 and pid = $3 and ins = $4", stored.Hid, stored.Sid!, stored.Pid!, stored.Ins!, ins));
        }

        var uri = draft.Uri;
        if (draft.Profile.UniqueResource is { } unique && changedRids.Contains(unique.Rid))
        {
            batch.BatchCommands.Add(Sql.BatchCommand(
                "update objects set unique_key = $5 where hid = $1 and sid = $2 and pid = $3 and ins = $4",
                uri.Hid, uri.Sid!, uri.Pid!, uri.Ins!, ((StringValue)draft.Arrays[unique.Rid].PresentValue).Value));
        }

        if (changedRids.Count > 0)
        {
            var rids = changedRids.ToArray();
            batch.BatchCommands.Add(Sql.BatchCommand(
                """
                insert into resources as r (hid, sid, pid, ins, rid, prar, settings, measured_at)
                select $1, $2, $3, $4, c.rid, c.prar, c.settings, case when c.measured then $8::timestamptz end
                from unnest($5::text[], $6::jsonb[], $7::jsonb[], $9::bool[]) as c(rid, prar, settings, measured)
                on conflict (hid, sid, pid, ins, rid) do update
                set prar = excluded.prar, settings = excluded.settings, measured_at = coalesce(excluded.measured_at, r.measured_at)
                """,
                uri.Hid, uri.Sid!, uri.Pid!, uri.Ins!, rids,
                Sql.JsonbArray([.. rids.Select(rid => PriorityArrayJson.Write(draft.Arrays[rid]))]),
                Sql.JsonbArray([.. rids.Select(rid => SettingsOverridesJson.Write(draft.Overrides.GetValueOrDefault(rid)))]),
                now.ToUniversalTime(),
                rids.Select(draft.MeasuredSlotWritten.Contains).ToArray()));
        }

        var history = draft.Written.Where(entry => draft.Profile.FindResource(entry.Rid) is { WriteOnly: false }).ToArray();
        if (history.Length > 0)
        {
            batch.BatchCommands.Add(Sql.BatchCommand(
                """
                insert into history (resource_id, t, v)
                select r.id, $5, h.v from unnest($6::text[], $7::jsonb[]) as h(rid, v)
                join resources r on r.hid = $1 and r.sid = $2 and r.pid = $3 and r.ins = $4 and r.rid = h.rid
                on conflict do nothing
                """,
                uri.Hid, uri.Sid!, uri.Pid!, uri.Ins!, now.ToUniversalTime(),
                history.Select(entry => entry.Rid).ToArray(),
                Sql.JsonbArray([.. history.Select(entry => entry.Value.ToJson().ToJsonString())])));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Deletes the object (its resources and history with it); answers whether it existed.</summary>
    public static async Task<bool> DeleteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MobiusUri uri, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "delete from objects where hid = $1 and sid = $2 and pid = $3 and ins = $4", uri.Hid, uri.Sid!, uri.Pid!, uri.Ins!);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Whether the stored form of a resource differs between two states of an object.</summary>
    public static bool Differs(PriorityArray before, SettingsOverrides? beforeOverrides, PriorityArray after, SettingsOverrides? afterOverrides) =>
        PriorityArrayJson.Write(before) != PriorityArrayJson.Write(after)
        || SettingsOverridesJson.Write(beforeOverrides) != SettingsOverridesJson.Write(afterOverrides);
}
