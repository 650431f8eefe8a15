using System.Globalization;
using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorProtocol.Replay;
using Mobius.Micro.Contracts;
using StackExchange.Redis;

namespace Mobius.Micro.ConnectorGateway.LiveStatus;

/// <summary>
/// Connector live status and replay state in Redis, one hash per connector
/// (<c>{prefix}connector:{serial}</c>): <c>boot</c>, <c>seq</c>, <c>window</c> (replay state),
/// <c>online</c>, <c>lastSeen</c>, <c>lastEnOceanUID</c>, <c>lastWorkOccUID</c>, <c>accepted</c>,
/// <c>rejected</c> and <c>rejected:{reason}</c>. Shared by every gateway replica and kept across restarts.
/// </summary>
public sealed class RedisConnectorStateStore(IConnectionMultiplexer redis, IOptions<GatewayOptions> options)
{
    // Stores the replay state decided for a confirmed telegram unless a later one of the same boot
    // was stored first (confirms complete out of order), and records the telegram in live status.
    private static readonly LuaScript CommitAcceptedScript = LuaScript.Prepare("""
        local current = redis.call('HMGET', @key, 'boot', 'seq')
        if current[1] ~= @boot or tonumber(current[2] or '0') < tonumber(@seq) then
          redis.call('HSET', @key, 'boot', @boot, 'seq', @seq, 'window', @window)
        end
        redis.call('HSET', @key, 'online', '1', 'lastSeen', @seenAt)
        if @uid ~= '' then
          redis.call('HSET', @key, @uidField, @uid)
        end
        return redis.call('HINCRBY', @key, 'accepted', 1)
        """);

    private readonly string _prefix = options.Value.RedisKeyPrefix;

    public async Task<ReplayState?> ReadReplayStateAsync(string serial)
    {
        var values = await redis.GetDatabase().HashGetAsync(Key(serial), ["boot", "seq", "window"]);
        return values[0].HasValue && values[1].TryParse(out long seq) && ulong.TryParse((string?)values[2], CultureInfo.InvariantCulture, out var window)
            ? new ReplayState(values[0]!, seq, window)
            : null;
    }

    /// <summary>Records a telegram the bus has confirmed: replay state, online, last seen, last sender UID, accepted count.</summary>
    public Task CommitAcceptedAsync(string serial, ReplayState state, string module, string? senderUid, DateTimeOffset receivedAt) =>
        redis.GetDatabase().ScriptEvaluateAsync(CommitAcceptedScript, new
        {
            key = (RedisKey)Key(serial),
            boot = state.Boot,
            seq = state.Sequence,
            window = state.AcceptedWindow.ToString(CultureInfo.InvariantCulture),
            seenAt = receivedAt.ToString("O", CultureInfo.InvariantCulture),
            uidField = module == RadioModules.WorkOcc ? "lastWorkOccUID" : "lastEnOceanUID",
            uid = senderUid ?? "",
        });

    /// <summary>Counts a rejection on a known connector without waiting for Redis.</summary>
    public void CountRejection(string serial, string reason)
    {
        var database = redis.GetDatabase();
        database.HashIncrement(Key(serial), "rejected", flags: CommandFlags.FireAndForget);
        database.HashIncrement(Key(serial), $"rejected:{reason}", flags: CommandFlags.FireAndForget);
    }

    private string Key(string serial) => $"{_prefix}connector:{serial}";
}
