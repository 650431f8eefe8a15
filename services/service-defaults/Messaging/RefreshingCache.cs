using System.Collections.Concurrent;

namespace Mobius.Micro.ServiceDefaults.Messaging;

/// <summary>
/// The last answer per key, trusted for a lifetime and then refreshed without making anyone wait:
/// an expired answer is still returned at once while one fetch per key runs in the background and
/// replaces it (stale-while-revalidate), so a steady stream of lookups never waits on the fetch.
/// Only a key with no answer yet, a forgotten one, or one whose expired answer
/// <c>usableWhileRefreshing</c> refuses (such as "no such device", which must not hide a
/// device created since) waits. A refresh that fails keeps the old answer, and the next lookup
/// tries again; a refresh that was under way when its key was forgotten is dropped, so a forgotten
/// answer never comes back.
/// <para>
/// An answer usable while refreshing is trusted for a random share of <c>lifetime</c> between
/// <see cref="ShortestLifetimeShare"/> and all of it: keys first asked together (a decoder's start,
/// 1,000 devices in a few seconds) are refreshed spread out, not all in the same second once a
/// lifetime, which held every telegram back behind 1,000 lookups at once.
/// </para>
/// </summary>
/// <param name="refusedLifetime">How long an answer <c>usableWhileRefreshing</c> refuses is trusted (default: <paramref name="lifetime"/>).</param>
public sealed class RefreshingCache<TValue>(TimeProvider clock, TimeSpan lifetime, Func<TValue, bool> usableWhileRefreshing, TimeSpan? refusedLifetime = null)
    where TValue : class
{
    public const double ShortestLifetimeShare = 0.75;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<TValue> GetAsync(string key, Func<CancellationToken, Task<TValue>> fetch, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.ExpiresAt > clock.GetUtcNow())
            {
                return entry.Value;
            }

            if (usableWhileRefreshing(entry.Value))
            {
                if (entry.TryStartRefresh())
                {
                    Refresh(key, entry, fetch);
                }

                return entry.Value;
            }
        }

        var value = await fetch(cancellationToken);
        _entries[key] = NewEntry(value);
        return value;
    }

    /// <summary>Drops the answer for <paramref name="key"/>, so the next <see cref="GetAsync"/> waits for a fresh one.</summary>
    public void Forget(string key) => _entries.TryRemove(key, out _);

    private void Refresh(string key, Entry stale, Func<CancellationToken, Task<TValue>> fetch)
    {
        // Not part of the caller's trace or scope: the caller has long moved on when the answer comes.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    var value = await fetch(CancellationToken.None);
                    _entries.TryUpdate(key, NewEntry(value), stale);
                }
                catch (Exception)
                {
                    stale.RefreshFailed();
                }
            });
        }
    }

    private Entry NewEntry(TValue value) =>
        new(value, clock.GetUtcNow() + (usableWhileRefreshing(value) ? SpreadLifetime() : refusedLifetime ?? lifetime));

    private TimeSpan SpreadLifetime() => lifetime * (ShortestLifetimeShare + ((1 - ShortestLifetimeShare) * Random.Shared.NextDouble()));

    /// <summary>An answer; compared by reference, so a refresh replaces only the entry it refreshed.</summary>
    private sealed class Entry(TValue value, DateTimeOffset expiresAt)
    {
        private int _refreshing;

        public TValue Value { get; } = value;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool TryStartRefresh() => Interlocked.Exchange(ref _refreshing, 1) == 0;

        public void RefreshFailed() => Volatile.Write(ref _refreshing, 0);
    }
}
