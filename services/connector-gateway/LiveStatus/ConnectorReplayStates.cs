using System.Collections.Concurrent;
using Mobius.Micro.ConnectorProtocol.Replay;

namespace Mobius.Micro.ConnectorGateway.LiveStatus;

/// <summary>
/// The replay state (rule 7) of every connector this gateway has seen, kept in memory and seeded
/// from Redis the first time a connector speaks after a start. The uplink processor is its only
/// writer, one message at a time, so deciding and recording need no lock.
/// </summary>
public sealed class ConnectorReplayStates(RedisConnectorStateStore store)
{
    private readonly ConcurrentDictionary<string, ReplayState?> _states = new(StringComparer.Ordinal);

    public async ValueTask<ReplayState?> GetAsync(string serial)
    {
        if (_states.TryGetValue(serial, out var known))
        {
            return known;
        }

        var stored = await store.ReadReplayStateAsync(serial);
        _states[serial] = stored;
        return stored;
    }

    public void Record(string serial, ReplayState state) => _states[serial] = state;
}
