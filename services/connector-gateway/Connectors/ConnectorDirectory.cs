using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.ConnectorGateway.Connectors;

/// <summary>
/// The connector objects the gateway verifies against, asked of the object store and trusted for
/// <see cref="GatewayOptions.RegistrationCacheSeconds"/>: a connector created, changed, disabled
/// or deleted through the Engine API takes effect that soon, with no restart.
/// </summary>
public sealed class ConnectorDirectory(
    IBus bus,
    IOptions<HubOptions> hub,
    IOptions<GatewayOptions> options,
    TimeProvider clock)
{
    private readonly CachedRequestClient<GetConnectorCredentials, ConnectorCredentials> _registrations =
        new(bus, clock, TimeSpan.FromSeconds(options.Value.RegistrationCacheSeconds));

    public ValueTask<ConnectorCredentials> FindAsync(string serial, CancellationToken cancellationToken) =>
        _registrations.GetAsync(serial, new GetConnectorCredentials { Hid = hub.Value.HubId, Serial = serial }, cancellationToken);
}
