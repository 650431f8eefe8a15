using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>Which PSK each simulated connector has: one for all (<c>--psk</c>), or one per serial (<c>--psk-file</c>).</summary>
public sealed class ConnectorPskSource
{
    private readonly string? _shared;
    private readonly IReadOnlyDictionary<ConnectorSerial, string> _bySerial;

    private ConnectorPskSource(string? shared, IReadOnlyDictionary<ConnectorSerial, string> bySerial)
    {
        _shared = shared;
        _bySerial = bySerial;
    }

    public static ConnectorPskSource Shared(string psk) => new(psk, new Dictionary<ConnectorSerial, string>());

    public static ConnectorPskSource PerSerial(IReadOnlyDictionary<ConnectorSerial, string> bySerial) => new(null, bySerial);

    /// <exception cref="KeyNotFoundException">A per-serial source has no PSK for <paramref name="serial"/> (check with <see cref="Has"/>).</exception>
    public string For(ConnectorSerial serial) => _shared ?? _bySerial[serial];

    public bool Has(ConnectorSerial serial) => _shared is not null || _bySerial.ContainsKey(serial);
}
