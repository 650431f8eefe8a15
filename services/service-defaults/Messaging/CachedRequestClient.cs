using MassTransit;

namespace Mobius.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Asks another service over the bus and trusts its answer for a while, per key: registrations
/// (connectors, devices) change rarely but must take effect within that lifetime. After it, the old
/// answer is still used while a request refreshes it in the background (see <see cref="RefreshingCache{TValue}"/>),
/// so only the first lookup of a key waits for the other service (and lookups whose last answer
/// <c>usableWhileRefreshing</c> refuses, e.g. "not found"), at most 10 s before it fails and its caller
/// tries again (MassTransit's default is 30 s). Safe to hold in a singleton: its
/// request client comes from the bus itself, not from a scope.
/// <para>
/// Until the first request is on its way, requests go one at a time (<see cref="FirstRequestAlone"/>).
/// </para>
/// </summary>
public sealed class CachedRequestClient<TRequest, TResponse>(
    IBus bus, TimeProvider clock, TimeSpan lifetime, Func<TResponse, bool> usableWhileRefreshing, TimeSpan? refusedLifetime = null)
    where TRequest : class
    where TResponse : class
{
    private readonly IRequestClient<TRequest> _requests = bus.CreateRequestClient<TRequest>();

    private readonly RefreshingCache<TResponse> _cache = new(clock, lifetime, usableWhileRefreshing, refusedLifetime);

    private readonly FirstRequestAlone _firstRequest = new();

    /// <summary>The answer for <paramref name="key"/>; throws when the other service cannot be asked and no answer is known.</summary>
    public ValueTask<TResponse> GetAsync(string key, TRequest request, CancellationToken cancellationToken) =>
        _cache.GetAsync(key, token => AskAsync(request, token), cancellationToken);

    private async Task<TResponse> AskAsync(TRequest request, CancellationToken cancellationToken) =>
        (await _firstRequest.SendAsync(() => _requests.GetResponse<TResponse>(request, cancellationToken, RequestTimeout.After(s: 10)), cancellationToken)).Message;

    /// <summary>Drops the answer for <paramref name="key"/>, so the next <see cref="GetAsync"/> asks again and waits (the other service announced a change).</summary>
    public void Forget(string key) => _cache.Forget(key);
}
