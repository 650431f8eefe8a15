using Npgsql;
using NpgsqlTypes;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>
/// The write path of measured values: many values of many objects in one statement (one round trip,
/// one transaction). For each resource the newest value of the batch goes to slot 15, unless the
/// resource already holds a value observed later (an older report never overwrites a newer one);
/// every value goes to history, keyed by resource and observation time, so a redelivered report
/// writes nothing twice. The rows are found through the primary key (never a scan, however large
/// the table) and locked in key order, as every writer locks them, so concurrent writers cannot
/// deadlock and each sees the value it replaces. Only the resources whose stored state changed come back.
/// </summary>
public sealed class MeasuredValuesWriter(NpgsqlDataSource dataSource)
{
    private const string Statement =
        """
        with input as (
            select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::timestamptz[], $8::bool[])
                with ordinality as i(hid, sid, pid, ins, rid, value, observed_at, keep_history, ord)
        ),
        keys as (
            select distinct hid, sid, pid, ins, rid from input order by hid, sid, pid, ins, rid
        ),
        locked as (
            select l.* from keys k cross join lateral (
                select r.id, r.hid, r.sid, r.pid, r.ins, r.rid, r.prar from resources r
                where r.hid = k.hid and r.sid = k.sid and r.pid = k.pid and r.ins = k.ins and r.rid = k.rid
                for no key update
            ) l
        ),
        matched as (
            select i.ord, i.value, i.observed_at, i.keep_history, l.id, l.prar as old_prar
            from input i join locked l using (hid, sid, pid, ins, rid)
        ),
        latest as (
            select distinct on (id) id, value, observed_at, old_prar from matched order by id, observed_at desc
        ),
        kept as (
            insert into history (resource_id, t, v)
            select id, observed_at, value from matched where keep_history
            on conflict do nothing
        ),
        updated as (
            update resources r set prar = jsonb_set(r.prar, '{14}', l.value), measured_at = l.observed_at
            from latest l
            where r.id = l.id and (r.measured_at is null or r.measured_at <= l.observed_at)
            returning r.hid, r.sid, r.pid, r.ins, r.rid, r.prar::text as prar, r.settings::text as settings, r.prar <> l.old_prar as changed
        )
        select ord, null, null, null, null, null, null, null from matched
        union all
        select null, hid, sid, pid, ins, rid, prar, settings from updated where changed
        """;

    /// <summary>Writes <paramref name="values"/>; answers which of them found their resource and the resources whose stored state changed.</summary>
    public async Task<MeasuredWriteResult> WriteAsync(IReadOnlyList<MeasuredValue> values, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return MeasuredWriteResult.Nothing;
        }

        await using var command = dataSource.CreateCommand(Statement);
        Sql.Add(command.Parameters,
            Column(values, value => value.ObjectUri.Hid),
            Column(values, value => value.ObjectUri.Sid!),
            Column(values, value => value.ObjectUri.Pid!),
            Column(values, value => value.ObjectUri.Ins!),
            Column(values, value => value.Rid),
            Sql.JsonbArray([.. values.Select(value => value.Value.ToJson().ToJsonString())]),
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, Value = values.Select(value => value.ObservedAt.ToUniversalTime()).ToArray() },
            values.Select(value => value.KeepHistory).ToArray());

        var found = new bool[values.Count];
        var changed = new Dictionary<string, StoredResource>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(0))
            {
                found[(int)reader.GetInt64(0) - 1] = true;
                continue;
            }

            var uri = ObjectModel.Uris.MobiusUri.FromParts(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5));
            changed.TryAdd(uri.ToString(), new StoredResource(uri, reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return new MeasuredWriteResult(found, [.. changed.Values]);
    }

    private static string[] Column(IReadOnlyList<MeasuredValue> values, Func<MeasuredValue, string> part) => [.. values.Select(part)];
}

/// <summary>Which values found their resource (by position), and the resources whose stored state changed.</summary>
public sealed record MeasuredWriteResult(IReadOnlyList<bool> Found, IReadOnlyList<StoredResource> Changed)
{
    public static readonly MeasuredWriteResult Nothing = new([], []);

    public int FoundCount => Found.Count(found => found);
}
