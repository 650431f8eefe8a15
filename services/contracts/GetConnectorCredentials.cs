namespace Mobius.Micro.Contracts;

/// <summary>Request from the gateway to the object store: who is this connector? Answered with <see cref="ConnectorCredentials"/>.</summary>
public sealed record GetConnectorCredentials
{
    public required string Hid { get; init; }
    public required string Serial { get; init; }
}

/// <summary>
/// The connector object behind a serial, as the gateway needs it to verify messages.
/// Travels only on the internal bus; the PSK never leaves it through the Engine API.
/// </summary>
public sealed record ConnectorCredentials
{
    public required string Serial { get; init; }
    public required bool Found { get; init; }
    public bool Enabled { get; init; }
    public string? ConnectorUri { get; init; }
    public string? Psk { get; init; }
}
