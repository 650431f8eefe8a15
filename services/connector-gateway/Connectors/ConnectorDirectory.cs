using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.ConnectorGateway.Connectors;

/// <summary>
/// The connector objects the gateway verifies against, asked of the object store and trusted for
/// <see cref="GatewayOptions.RegistrationCacheSeconds"/>. A connector created, changed, disabled or
/// deleted through the Engine API takes effect at once when the object store's
/// <see cref="ConnectorChanged"/> arrives (<see cref="Forget"/>), and within the cache lifetime if it
/// never does.
/// </summary>
public sealed class ConnectorDirectory(
    IBus bus,
    IOptions<HubOptions> hub,
    IOptions<GatewayOptions> options,
    TimeProvider clock)
{
    private readonly CachedRequestClient<GetConnectorCredentials, ConnectorCredentials> _registrations =
        new(bus, clock, TimeSpan.FromSeconds(options.Value.RegistrationCacheSeconds), usableWhileRefreshing: connector => connector.Found);

    public ValueTask<ConnectorCredentials> FindAsync(string serial, CancellationToken cancellationToken) =>
        _registrations.GetAsync(serial, new GetConnectorCredentials { Hid = hub.Value.HubId, Serial = serial }, cancellationToken);

    /// <summary>The connector object of <paramref name="serial"/> changed: the next message asks the object store again.</summary>
    public void Forget(string serial) => _registrations.Forget(serial);
}
