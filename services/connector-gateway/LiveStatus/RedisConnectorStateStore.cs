using System.Globalization;
using Mobius.Micro.ConnectorProtocol.Replay;
using StackExchange.Redis;

namespace Mobius.Micro.ConnectorGateway.LiveStatus;

/// <summary>
/// Connector live status and replay state in Redis, shared by every gateway replica and kept across
/// restarts. The hash <c>connector:{serial}</c> holds <c>boot</c>, <c>seq</c>, <c>window</c> and
/// <c>generation</c> (replay state), <c>online</c>, <c>lastSeen</c>, <c>uri</c>, <c>modules</c>, the status fields
/// (<c>fw</c>, <c>part</c>, ...), <c>lastEnOceanUID</c>, <c>lastWorkOccUID</c>, <c>accepted</c>,
/// <c>rejected</c> and <c>rejected:{reason}</c>.
/// </summary>
public sealed class RedisConnectorStateStore(IConnectionMultiplexer redis, ConnectorStateKeys keys)
{
    public const string ModulesField = "modules";

    // KEYS: hash, online set, uri key. ARGV: serial, boot ('' = leave replay state), seq, window,
    // seen-at ISO, seen-at ms, uri, online ('1'|'0'), accepted telegrams to count, generation, then
    // field/value pairs. Confirms complete out of order, so a replay state is stored only when its
    // generation is newer than the stored one. Answers the previous 'online'.
    private const string CommitScript = """
        local hash = KEYS[1]
        if ARGV[2] ~= '' and tonumber(redis.call('HGET', hash, 'generation') or '0') < tonumber(ARGV[10]) then
          redis.call('HSET', hash, 'boot', ARGV[2], 'seq', ARGV[3], 'window', ARGV[4], 'generation', ARGV[10])
        end
        local wasOnline = redis.call('HGET', hash, 'online') or '0'
        redis.call('HSET', hash, 'online', ARGV[8], 'lastSeen', ARGV[5], 'uri', ARGV[7])
        redis.call('SET', KEYS[3], ARGV[1])
        if ARGV[8] == '1' then
          redis.call('ZADD', KEYS[2], ARGV[6], ARGV[1])
        else
          redis.call('ZREM', KEYS[2], ARGV[1])
        end
        if tonumber(ARGV[9]) > 0 then
          redis.call('HINCRBY', hash, 'accepted', ARGV[9])
        end
        for i = 11, #ARGV, 2 do
          redis.call('HSET', hash, ARGV[i], ARGV[i + 1])
        end
        return wasOnline
        """;

    public async Task<ConnectorSession> ReadSessionAsync(string serial)
    {
        var values = await redis.GetDatabase().HashGetAsync(keys.Connector(serial), ["boot", "seq", "window", "generation", ModulesField]);
        var replayState = values[0].HasValue && values[1].TryParse(out long seq) && ulong.TryParse((string?)values[2], CultureInfo.InvariantCulture, out var window)
            ? new ReplayState(values[0]!, seq, window)
            : null;
        var generation = values[3].TryParse(out long stored) ? stored : 0;
        var modules = values[4].HasValue ? ((string)values[4]!).Split(',', StringSplitOptions.RemoveEmptyEntries) : null;
        return new ConnectorSession(replayState, generation, modules);
    }

    /// <summary>Records an accepted message; answers whether the connector was online before it.</summary>
    public async Task<bool> CommitAsync(ConnectorCommit commit)
    {
        var state = commit.ReplayState;
        var arguments = new List<RedisValue>(10 + commit.Fields.Count * 2)
        {
            commit.Serial,
            state?.Boot ?? "",
            state?.Sequence ?? 0,
            (state?.AcceptedWindow ?? 0).ToString(CultureInfo.InvariantCulture),
            commit.SeenAt.ToString("O", CultureInfo.InvariantCulture),
            commit.SeenAt.ToUnixTimeMilliseconds(),
            commit.ConnectorUri,
            commit.Online ? "1" : "0",
            commit.Telegrams,
            commit.Generation,
        };
        foreach (var (field, value) in commit.Fields)
        {
            arguments.Add(field);
            arguments.Add(value);
        }

        var wasOnline = await redis.GetDatabase().ScriptEvaluateAsync(
            CommitScript,
            [keys.Connector(commit.Serial), keys.Online, keys.SerialByUri(commit.ConnectorUri)],
            [.. arguments]);
        return (string?)wasOnline == "1";
    }

    /// <summary>Counts a rejection on a known connector without waiting for Redis.</summary>
    public void CountRejection(string serial, string reason)
    {
        var database = redis.GetDatabase();
        database.HashIncrement(keys.Connector(serial), "rejected", flags: CommandFlags.FireAndForget);
        database.HashIncrement(keys.Connector(serial), $"rejected:{reason}", flags: CommandFlags.FireAndForget);
    }

    /// <summary>The serial of the connector behind an object URI, once that connector has spoken.</summary>
    public async Task<string?> FindSerialAsync(string connectorUri) =>
        await redis.GetDatabase().StringGetAsync(keys.SerialByUri(connectorUri));

    /// <summary>Selected fields of a connector's hash (missing ones are absent from the answer).</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadFieldsAsync(string serial, params string[] fields)
    {
        var values = await redis.GetDatabase().HashGetAsync(keys.Connector(serial), [.. fields.Select(field => (RedisValue)field)]);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            if (values[i].HasValue)
            {
                found[fields[i]] = values[i]!;
            }
        }

        return found;
    }
}
