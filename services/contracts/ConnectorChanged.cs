namespace Mobius.Micro.Contracts;

/// <summary>
/// Published by the object store after a connector object was created, changed (serial, PSK,
/// enabled), moved or deleted: whatever another service knows about <see cref="Serial"/> is out of
/// date. It carries no credentials on purpose: whoever needs them asks with
/// <see cref="GetConnectorCredentials"/> and gets the state after the change, so events that arrive
/// twice or out of order do no harm.
/// </summary>
public sealed record ConnectorChanged
{
    public required string Hid { get; init; }
    public required string Serial { get; init; }
}
