using System.Globalization;
using Microsoft.Extensions.Options;
using Mobius.Micro.WorkOcc.Semantics;
using Mobius.Micro.WorkOccDecoder.Telemetry;
using StackExchange.Redis;

namespace Mobius.Micro.WorkOccDecoder.State;

/// <summary>
/// Every sensor's state in Redis (keys: <see cref="SensorStateKeys"/>), shared by all replicas and
/// kept across restarts. Updates are optimistic: read the state and its version, decide in
/// process with the pure rules, and replace it with a compare-and-set script only if the version is
/// unchanged; otherwise read again and decide again. So two replicas handling copies of one frame
/// at once apply it exactly once.
/// </summary>
public sealed class SensorStateStore(
    IConnectionMultiplexer redis, SensorStateKeys keys, IOptions<WorkOccDecoderOptions> options, WorkOccDecoderMetrics metrics)
{
    private const int MaxAttempts = 100;

    private static readonly LuaScript CompareAndSetScript = LuaScript.Prepare("""
        if (redis.call('HGET', @key, 'version') or '0') ~= @expected then
          return 0
        end
        redis.call('HSET', @key, 'version', @next, 'state', @state)
        redis.call('EXPIRE', @key, @retention)
        redis.call('SADD', @sensors, @uid)
        return 1
        """);

    private readonly long _retentionSeconds = (long)TimeSpan.FromDays(options.Value.SensorStateRetentionDays).TotalSeconds;

    private IDatabase Database => redis.GetDatabase();

    /// <summary>
    /// Decides from the stored state until the decision is stored (or needs no storing) and answers it.
    /// <paramref name="nextState"/> gives the state to store for a decision, <see langword="null"/> to store nothing.
    /// </summary>
    public async Task<TDecision> UpdateAsync<TDecision>(
        string uid, Func<VersionedSensorState, TDecision> decide, Func<TDecision, WorkOccSensorState?> nextState)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await ReadAsync(uid);
            var decision = decide(stored);
            if (nextState(decision) is not { } next || await TryReplaceAsync(uid, stored.Version, next))
            {
                return decision;
            }

            metrics.StateConflict();
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"the state of sensor {uid} changed under {MaxAttempts} attempts in a row to update it");
            }
        }
    }

    /// <summary>The stored state; one that cannot be read (e.g. written by an incompatible version) is counted and starts afresh.</summary>
    public async Task<VersionedSensorState> ReadAsync(string uid)
    {
        var values = await Database.HashGetAsync(keys.Sensor(uid), ["version", "state"]);
        if (!values[0].TryParse(out long version) || !values[1].HasValue)
        {
            return new VersionedSensorState(new WorkOccSensorState(), 0);
        }

        if (SensorStateJson.TryRead(values[1]!, out var state))
        {
            return new VersionedSensorState(state, version);
        }

        metrics.StateUnreadable();
        return new VersionedSensorState(new WorkOccSensorState(), version);
    }

    /// <summary>The UIDs that have (or recently had) state.</summary>
    public async IAsyncEnumerable<string> SensorsAsync()
    {
        await foreach (var uid in Database.SetScanAsync(keys.Sensors))
        {
            yield return uid!;
        }
    }

    /// <summary>Drops a sensor whose state expired from the set the sweep walks.</summary>
    public Task ForgetAsync(string uid) => Database.SetRemoveAsync(keys.Sensors, uid);

    /// <summary>True for the one replica that may sweep for the next <paramref name="hold"/>.</summary>
    public Task<bool> TryClaimSweepAsync(string replica, TimeSpan hold) =>
        Database.StringSetAsync(keys.SweepLock, replica, hold, When.NotExists);

    /// <summary>True when no replica announced this sensor (as this kind) within <paramref name="interval"/>.</summary>
    public Task<bool> TryClaimAnnouncementAsync(string uid, string kind, TimeSpan interval) =>
        Database.StringSetAsync(keys.Announced(uid, kind), "1", interval, When.NotExists);

    private async Task<bool> TryReplaceAsync(string uid, long expectedVersion, WorkOccSensorState state)
    {
        var replaced = await Database.ScriptEvaluateAsync(CompareAndSetScript, new
        {
            key = keys.Sensor(uid),
            sensors = keys.Sensors,
            expected = expectedVersion.ToString(CultureInfo.InvariantCulture),
            next = expectedVersion + 1,
            state = SensorStateJson.Write(state),
            retention = _retentionSeconds,
            uid,
        });
        return (long)replaced == 1;
    }
}
