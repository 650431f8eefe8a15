using System.Collections.Concurrent;
using MassTransit;

namespace Mobius.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Asks another service over the bus and trusts its answer for a while, per key: registrations
/// (connectors, devices) change rarely but must take effect within that lifetime. Safe to hold in
/// a singleton: its request client comes from the bus itself, not from a scope.
/// </summary>
public sealed class CachedRequestClient<TRequest, TResponse>(IBus bus, TimeProvider clock, TimeSpan lifetime)
    where TRequest : class
    where TResponse : class
{
    private readonly IRequestClient<TRequest> _requests = bus.CreateRequestClient<TRequest>();

    private readonly ConcurrentDictionary<string, CachedResponse> _cache = new(StringComparer.Ordinal);

    /// <summary>The answer for <paramref name="key"/>; throws when the other service cannot be asked.</summary>
    public async ValueTask<TResponse> GetAsync(string key, TRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Response;
        }

        var response = await _requests.GetResponse<TResponse>(request, cancellationToken);
        _cache[key] = new CachedResponse(response.Message, now + lifetime);
        return response.Message;
    }

    /// <summary>Drops the answer for <paramref name="key"/>, so the next <see cref="GetAsync"/> asks again (the other service announced a change).</summary>
    public void Forget(string key) => _cache.TryRemove(key, out _);

    private sealed record CachedResponse(TResponse Response, DateTimeOffset ExpiresAt);
}
