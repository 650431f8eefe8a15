using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Objects;
using Npgsql;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>Objects and their resources in PostgreSQL (tables <c>objects</c> and <c>resources</c>): creating one, finding them.</summary>
public sealed class ObjectRepository(NpgsqlDataSource dataSource, StoredObjectReader reader)
{
    private const string ObjectsWithResources = $"select {StoredObjectReader.Columns} from objects o left join resources r using (hid, sid, pid, ins)";

    /// <summary>
    /// Stores <paramref name="created"/> at its INS, or at the first free INS from <c>0001</c> when
    /// its URI stops at the PID.
    /// </summary>
    public async Task<ObjectInsertOutcome> InsertAsync(NewObject created, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ObjectInsertion.LockProfileAsync(connection, transaction, created.Uri, cancellationToken);
        if (created.Uri.Ins is null)
        {
            if (await ObjectInsertion.FreeInstancesAsync(connection, transaction, created.Uri, 1, 1, cancellationToken) is not [var ins])
            {
                return new ObjectInsertOutcome(ObjectInsertResult.NoFreeInstance);
            }

            created = created with { Uri = created.Uri.WithIns(ins) };
        }

        try
        {
            await ObjectInsertion.InsertAsync(connection, transaction, created, cancellationToken);
        }
        catch (PostgresException conflict) when (conflict.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return new ObjectInsertOutcome(ObjectInsertion.Conflict(conflict));
        }

        await transaction.CommitAsync(cancellationToken);
        return new ObjectInsertOutcome(ObjectInsertResult.Created, created.Uri.Ins);
    }

    public async Task<ObjectInstance?> FindAsync(MobiusUri objectUri, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"{ObjectsWithResources} where o.hid = $1 and o.sid = $2 and o.pid = $3 and o.ins = $4");
        Sql.Add(command.Parameters, objectUri.Hid, objectUri.Sid!, objectUri.Pid!, objectUri.Ins!);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The object of service <paramref name="sid"/> whose unique resource (serial number, sender id) is <paramref name="uniqueKey"/>.</summary>
    public async Task<ObjectInstance?> FindByUniqueKeyAsync(string hid, string sid, string uniqueKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"{ObjectsWithResources} where o.hid = $1 and o.sid = $2 and o.unique_key = $3");
        Sql.Add(command.Parameters, hid, sid, uniqueKey);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// The object of service <paramref name="sid"/> whose unique resource is <paramref name="uniqueKey"/>,
    /// with only the resources <paramref name="rids"/> read (the others hold no value): for the hot
    /// lookups of the decoders and the gateway, which need two or three values of an object.
    /// </summary>
    public async Task<ObjectInstance?> FindByUniqueKeyAsync(string hid, string sid, string uniqueKey, string[] rids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            select {StoredObjectReader.Columns} from objects o
            left join resources r on r.hid = o.hid and r.sid = o.sid and r.pid = o.pid and r.ins = o.ins and r.rid = any($4)
            where o.hid = $1 and o.sid = $2 and o.unique_key = $3
            """);
        Sql.Add(command.Parameters, hid, sid, uniqueKey, rids);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Every object of hub <paramref name="hid"/> whose SID, PID and INS equal the ones given (<see langword="null"/>: any), in URI order.</summary>
    public async Task<List<ObjectInstance>> FindAllAsync(string hid, string? sid, string? pid, string? ins, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            {ObjectsWithResources}
            where o.hid = $1 and ($2::text is null or o.sid = $2) and ($3::text is null or o.pid = $3) and ($4::text is null or o.ins = $4)
            order by o.sid, o.pid, o.ins
            """);
        Sql.Add(command.Parameters, hid, Text(sid), Text(pid), Text(ins));
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<bool> ExistsAsync(MobiusUri objectUri, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select exists (select from objects where hid = $1 and sid = $2 and pid = $3 and ins = $4)");
        Sql.Add(command.Parameters, objectUri.Hid, objectUri.Sid!, objectUri.Pid!, objectUri.Ins!);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The distinct PIDs (<paramref name="pid"/> null) or INS of the objects below a service or profile, in order.</summary>
    public async Task<List<string>> ChildrenAsync(string hid, string sid, string? pid, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(pid is null
            ? "select distinct pid from objects where hid = $1 and sid = $2 order by pid"
            : "select ins from objects where hid = $1 and sid = $2 and pid = $3 order by ins");
        Sql.Add(command.Parameters, [hid, sid, .. pid is null ? Array.Empty<object>() : [pid]]);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        var children = new List<string>();
        while (await rows.ReadAsync(cancellationToken))
        {
            children.Add(rows.GetString(0));
        }

        return children;
    }

    private async Task<List<ObjectInstance>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAllAsync(rows, cancellationToken);
    }

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };
}
