using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Profiles;
using Npgsql;
using NpgsqlTypes;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>Objects and their resources in PostgreSQL (tables <c>objects</c> and <c>resources</c>).</summary>
public sealed class ObjectRepository(NpgsqlDataSource dataSource, ProfileCatalog profiles)
{
    private const string UniqueKeyConstraint = "objects_unique_key_per_service";

    /// <summary>The jsonb path of slot 15 (arrays are 0-based there).</summary>
    private static readonly string MeasuredSlotPath = $"{{{PriorityArray.Measured - 1}}}";

    /// <summary>
    /// Inserts an object with its priority arrays at <paramref name="ins"/>, or at the first free INS
    /// from <c>0001</c> when it is <see langword="null"/>. A transaction-scoped advisory lock per
    /// profile makes concurrent creations (also from other replicas) pick distinct instances.
    /// </summary>
    public async Task<ObjectInsertOutcome> InsertAsync(
        MobiusUri profileUri, string? ins, IReadOnlyDictionary<string, PriorityArray> priorityArrays, string? uniqueKey, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockProfile = Command(connection, "select pg_advisory_xact_lock(hashtextextended($1, 0))", profileUri.ToString()))
        {
            await lockProfile.ExecuteNonQueryAsync(cancellationToken);
        }

        ins ??= await FirstFreeInstanceAsync(connection, profileUri, cancellationToken);
        if (ins is null)
        {
            return new ObjectInsertOutcome(ObjectInsertResult.NoFreeInstance);
        }

        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                BatchCommand(
                    "insert into objects (hid, sid, pid, ins, unique_key) values ($1, $2, $3, $4, $5)",
                    profileUri.Hid, profileUri.Sid!, profileUri.Pid!, ins, Nullable(uniqueKey)),
                BatchCommand(
                    """
                    insert into resources (hid, sid, pid, ins, rid, prar)
                    select $1, $2, $3, $4, rid, prar from unnest($5::text[], $6::jsonb[]) as configured(rid, prar)
                    """,
                    profileUri.Hid, profileUri.Sid!, profileUri.Pid!, ins,
                    priorityArrays.Keys.ToArray(),
                    new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb, Value = priorityArrays.Values.Select(PriorityArrayJson.Write).ToArray() }),
            },
        };
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException conflict) when (conflict.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return new ObjectInsertOutcome(conflict.ConstraintName == UniqueKeyConstraint
                ? ObjectInsertResult.DuplicateUniqueValue
                : ObjectInsertResult.ObjectExists);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ObjectInsertOutcome(ObjectInsertResult.Created, ins);
    }

    public async Task<ObjectInstance?> FindAsync(MobiusUri objectUri, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            select o.hid, o.sid, o.pid, o.ins, r.rid, r.prar from objects o left join resources r using (hid, sid, pid, ins)
            where o.hid = $1 and o.sid = $2 and o.pid = $3 and o.ins = $4
            """);
        AddParameters(command.Parameters, objectUri.Hid, objectUri.Sid!, objectUri.Pid!, objectUri.Ins!);
        return await ReadSingleObjectAsync(command, cancellationToken);
    }

    /// <summary>The object of service <paramref name="sid"/> whose unique resource (serial number, sender id) is <paramref name="uniqueKey"/>.</summary>
    public async Task<ObjectInstance?> FindByUniqueKeyAsync(string hid, string sid, string uniqueKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            select o.hid, o.sid, o.pid, o.ins, r.rid, r.prar from objects o left join resources r using (hid, sid, pid, ins)
            where o.hid = $1 and o.sid = $2 and o.unique_key = $3
            """);
        AddParameters(command.Parameters, hid, sid, uniqueKey);
        return await ReadSingleObjectAsync(command, cancellationToken);
    }

    /// <summary>
    /// Writes each value at priority 15 of its resource, all in one statement (one round trip, one
    /// transaction); answers the RIDs that were written, none if the object does not exist.
    /// </summary>
    public async Task<IReadOnlyList<string>> WriteMeasuredAsync(
        MobiusUri objectUri, IReadOnlyDictionary<string, ResourceValue> values, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            update resources r set prar = jsonb_set(r.prar, '{MeasuredSlotPath}', measured.value)
            from unnest($5::text[], $6::jsonb[]) as measured(rid, value)
            where r.hid = $1 and r.sid = $2 and r.pid = $3 and r.ins = $4 and r.rid = measured.rid
            returning r.rid
            """);
        AddParameters(command.Parameters, objectUri.Hid, objectUri.Sid!, objectUri.Pid!, objectUri.Ins!, values.Keys.ToArray(),
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb, Value = values.Values.Select(value => value.ToJson().ToJsonString()).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var written = new List<string>(values.Count);
        while (await reader.ReadAsync(cancellationToken))
        {
            written.Add(reader.GetString(0));
        }

        return written;
    }

    private static async Task<string?> FirstFreeInstanceAsync(NpgsqlConnection connection, MobiusUri profileUri, CancellationToken cancellationToken)
    {
        await using var command = Command(connection,
            """
            select lpad(upper(to_hex(candidate)), 4, '0') from generate_series(1, 65535) as candidate
            where lpad(upper(to_hex(candidate)), 4, '0') not in (select ins from objects where hid = $1 and sid = $2 and pid = $3)
            order by candidate limit 1
            """,
            profileUri.Hid, profileUri.Sid!, profileUri.Pid!);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task<ObjectInstance?> ReadSingleObjectAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        MobiusUri? uri = null;
        var storedArrays = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            uri ??= MobiusUri.FromParts(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            if (!reader.IsDBNull(4))
            {
                storedArrays[reader.GetString(4)] = reader.GetString(5);
            }
        }

        if (uri is null)
        {
            return null;
        }

        var profile = profiles.Find(uri.Sid!, uri.Pid!)
            ?? throw new InvalidDataException($"stored object {uri} has a profile this store does not know");
        var arrays = profile.Resources
            .Where(resource => storedArrays.ContainsKey(resource.Rid))
            .ToDictionary(resource => resource.Rid, resource => PriorityArrayJson.Read(storedArrays[resource.Rid], resource), StringComparer.Ordinal);
        return new ObjectInstance(uri, profile, arrays);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        AddParameters(command.Parameters, values);
        return command;
    }

    private static NpgsqlBatchCommand BatchCommand(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        AddParameters(command.Parameters, values);
        return command;
    }

    private static void AddParameters(NpgsqlParameterCollection parameters, params object[] values)
    {
        foreach (var value in values)
        {
            parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }
    }

    private static object Nullable(string? value) => value is null ? DBNull.Value : value;
}
