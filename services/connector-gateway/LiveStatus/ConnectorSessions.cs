using System.Collections.Concurrent;
using Mobius.Micro.ConnectorProtocol.Replay;

namespace Mobius.Micro.ConnectorGateway.LiveStatus;

/// <summary>
/// The <see cref="ConnectorSession"/> of every connector this gateway has heard, in memory, seeded
/// from Redis the first time a connector speaks after a start. The inbound processor decides one
/// message at a time, so reading and recording need no lock.
/// </summary>
public sealed class ConnectorSessions(RedisConnectorStateStore store)
{
    private readonly ConcurrentDictionary<string, ConnectorSession> _sessions = new(StringComparer.Ordinal);

    public async ValueTask<ConnectorSession> GetAsync(string serial)
    {
        if (_sessions.TryGetValue(serial, out var known))
        {
            return known;
        }

        var stored = await store.ReadSessionAsync(serial);
        _sessions[serial] = stored;
        return stored;
    }

    /// <summary>Records the replay state decided for an accepted message and answers its generation.</summary>
    public long Record(string serial, ReplayState state) =>
        _sessions.AddOrUpdate(
            serial,
            new ConnectorSession(state, 1, null),
            (_, session) => session with { ReplayState = state, Generation = session.Generation + 1 }).Generation;

    public void RecordModules(string serial, IReadOnlyList<string> modules) =>
        _sessions.AddOrUpdate(serial, new ConnectorSession(null, 0, modules), (_, session) => session with { Modules = modules });
}
