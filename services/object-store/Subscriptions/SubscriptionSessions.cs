using System.Collections.Concurrent;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>The authorized websocket sessions of this replica.</summary>
public sealed class SubscriptionSessions
{
    private readonly ConcurrentDictionary<SubscriptionSession, byte> sessions = new();

    public bool IsEmpty => sessions.IsEmpty;

    public int Count => sessions.Count;

    public void Add(SubscriptionSession session) => sessions.TryAdd(session, 0);

    public void Remove(SubscriptionSession session) => sessions.TryRemove(session, out _);

    /// <summary>The sessions holding at least one subscription of <paramref name="type"/>.</summary>
    public List<SubscriptionSession> Wanting(SubscriptionType type) => [.. sessions.Keys.Where(session => session.Wants(type))];
}
