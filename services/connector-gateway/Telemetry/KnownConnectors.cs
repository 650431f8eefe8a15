using System.Collections.Concurrent;

namespace Mobius.Micro.ConnectorGateway.Telemetry;

/// <summary>
/// Every connector this gateway has seen online since it started, with whether it is online now and
/// when it was last heard: the per-connector series of the connectors dashboard and the offline alert.
/// A connector that went offline keeps its last-heard time; one that has been offline since before
/// the gateway started has no series until it comes back (the <c>connectors_online</c> count and the
/// connector objects still cover it).
/// </summary>
public sealed class KnownConnectors
{
    private readonly ConcurrentDictionary<string, (bool Online, DateTimeOffset LastHeard)> _connectors = new(StringComparer.Ordinal);

    /// <summary>Takes a sweep's online connectors; the others known before are now offline.</summary>
    public void Swept(IReadOnlyDictionary<string, DateTimeOffset> online)
    {
        foreach (var (serial, lastHeard) in online)
        {
            _connectors[serial] = (true, lastHeard);
        }

        foreach (var (serial, known) in _connectors)
        {
            if (known.Online && !online.ContainsKey(serial))
            {
                _connectors[serial] = (false, known.LastHeard);
            }
        }
    }

    public IEnumerable<(string Serial, bool Online, DateTimeOffset LastHeard)> All() =>
        _connectors.Select(entry => (entry.Key, entry.Value.Online, entry.Value.LastHeard));
}
