namespace Mobius.Micro.Contracts;

/// <summary>
/// Request to the object store: every connector of the hub, with its credentials (the gateway
/// reconciles the broker's accounts with them). Answered with <see cref="ConnectorCredentialsList"/>;
/// while the connectors service is stopped the list is empty, as every serial is then unknown.
/// </summary>
public sealed record ListConnectorCredentials
{
    public required string Hid { get; init; }
}

/// <summary>Every connector object of a hub, as <see cref="GetConnectorCredentials"/> would answer for each.</summary>
public sealed record ConnectorCredentialsList
{
    public required IReadOnlyList<ConnectorCredentials> Connectors { get; init; }
}
