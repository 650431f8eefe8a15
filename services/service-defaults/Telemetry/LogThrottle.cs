using System.Collections.Concurrent;

namespace Mobius.Micro.ServiceDefaults.Telemetry;

/// <summary>
/// Lets one log line through per key (a connector, a sender) per interval, so a misbehaving
/// device cannot flood the logs; the counters still count every event.
/// </summary>
public sealed class LogThrottle(TimeProvider clock, TimeSpan interval)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastLogged = new(StringComparer.Ordinal);

    public bool ShouldLog(string key)
    {
        var now = clock.GetUtcNow();
        if (_lastLogged.TryGetValue(key, out var last) && now - last < interval)
        {
            return false;
        }

        _lastLogged[key] = now;
        return true;
    }
}
