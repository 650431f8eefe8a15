using StackExchange.Redis;

namespace Mobius.Micro.ConnectorGateway.LiveStatus;

/// <summary>
/// Which connectors are online: the sorted set of online serials scored by when each was last heard.
/// Taking a silent connector offline is one atomic step, so with several gateway replicas exactly
/// one of them reports the disconnect.
/// </summary>
public sealed class ConnectorPresence(IConnectionMultiplexer redis, ConnectorStateKeys keys)
{
    // KEYS: online set, hash. ARGV: serial, cutoff ms. 1 when this call took the connector offline.
    private const string MarkOfflineScript = """
        local lastSeen = redis.call('ZSCORE', KEYS[1], ARGV[1])
        if lastSeen and tonumber(lastSeen) <= tonumber(ARGV[2]) then
          redis.call('ZREM', KEYS[1], ARGV[1])
          redis.call('HSET', KEYS[2], 'online', '0')
          return 1
        end
        return 0
        """;

    /// <summary>Online connectors last heard at or before <paramref name="cutoff"/>.</summary>
    public async Task<IReadOnlyList<string>> SilentSinceAsync(DateTimeOffset cutoff)
    {
        var serials = await redis.GetDatabase().SortedSetRangeByScoreAsync(keys.Online, double.NegativeInfinity, cutoff.ToUnixTimeMilliseconds());
        return [.. serials.Select(serial => (string)serial!)];
    }

    /// <summary>Takes the connector offline if it is still silent; true when this call did it.</summary>
    public async Task<bool> MarkOfflineIfSilentAsync(string serial, DateTimeOffset cutoff) =>
        (int)await redis.GetDatabase().ScriptEvaluateAsync(
            MarkOfflineScript, [keys.Online, keys.Connector(serial)], [serial, cutoff.ToUnixTimeMilliseconds()]) == 1;

    /// <summary>Every online connector with when it was last heard.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> OnlineAsync()
    {
        var online = await redis.GetDatabase().SortedSetRangeByRankWithScoresAsync(keys.Online);
        return online.ToDictionary(entry => (string)entry.Element!, entry => DateTimeOffset.FromUnixTimeMilliseconds((long)entry.Score), StringComparer.Ordinal);
    }

    public async Task<long> CountOnlineAsync() => await redis.GetDatabase().SortedSetLengthAsync(keys.Online);
}
