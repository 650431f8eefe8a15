using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ConnectorGateway.Provisioning;

/// <summary>
/// A connector object changed: its broker account is brought in line with the object as it is now
/// (asked of the object store, so a late or repeated event does no harm). One replica handles each
/// change (a shared queue); a failure is retried, and the reconciliation repairs what still fails.
/// </summary>
public sealed class ConnectorChangedProvisioner(
    IRequestClient<GetConnectorCredentials> credentials,
    BrokerAccountProvisioner provisioner,
    IOptions<HubOptions> hub) : IConsumer<ConnectorChanged>
{
    public async Task Consume(ConsumeContext<ConnectorChanged> context)
    {
        if (!string.Equals(context.Message.Hid, hub.Value.HubId, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var connector = await credentials.GetResponse<ConnectorCredentials>(
            new GetConnectorCredentials { Hid = hub.Value.HubId, Serial = context.Message.Serial }, context.CancellationToken);
        await provisioner.ApplyAsync(connector.Message, context.CancellationToken);
    }
}
