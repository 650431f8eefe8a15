using System.Text.Json;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Persistence;
using Npgsql;

namespace Mobius.Micro.ObjectStore.History;

/// <summary>The <c>history</c> table: reading a resource's values over a time range, and purging old ones.</summary>
public sealed class HistoryRepository(NpgsqlDataSource dataSource)
{
    private const int PurgeChunk = 10_000;

    /// <summary>The values of <paramref name="resourceUri"/> observed in [<paramref name="start"/>, <paramref name="end"/>], oldest first.</summary>
    public async Task<List<HistoryPoint>> ReadAsync(MobiusUri resourceUri, DateTimeOffset start, DateTimeOffset end, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            select h.t, h.v::text from history h join resources r on r.id = h.resource_id
            where r.hid = $1 and r.sid = $2 and r.pid = $3 and r.ins = $4 and r.rid = $5 and h.t between $6 and $7
            order by h.t limit $8
            """);
        Sql.Add(command.Parameters, resourceUri.Hid, resourceUri.Sid!, resourceUri.Pid!, resourceUri.Ins!, resourceUri.Rid!,
            start.ToUniversalTime(), end.ToUniversalTime(), limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var points = new List<HistoryPoint>();
        while (await reader.ReadAsync(cancellationToken))
        {
            points.Add(new HistoryPoint(reader.GetFieldValue<DateTimeOffset>(0), JsonSerializer.Deserialize<JsonElement>(reader.GetString(1))));
        }

        return points;
    }

    /// <summary>Deletes every value observed before <paramref name="before"/>, in chunks so no transaction grows large; answers how many.</summary>
    public async Task<long> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        long purged = 0;
        while (true)
        {
            await using var command = dataSource.CreateCommand(
                "delete from history where ctid = any (array (select ctid from history where t < $1 limit $2))");
            Sql.Add(command.Parameters, before.ToUniversalTime(), PurgeChunk);
            var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            purged += deleted;
            if (deleted < PurgeChunk)
            {
                return purged;
            }
        }
    }
}

/// <summary>One value of a resource's history: when (<c>t</c>) and what (<c>v</c>).</summary>
public sealed record HistoryPoint(DateTimeOffset Time, JsonElement Value);
