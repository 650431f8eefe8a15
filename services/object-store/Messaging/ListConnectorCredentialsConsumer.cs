using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Services;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>Every connector of a hub with its credentials, for the gateway's reconciliation of broker accounts. Empty while the connectors service is stopped.</summary>
public sealed class ListConnectorCredentialsConsumer(ProfileCatalog profiles, ServiceStates services, ObjectRepository objects) : IConsumer<ListConnectorCredentials>
{
    public async Task Consume(ConsumeContext<ListConnectorCredentials> context)
    {
        var connectors = services.IsStopped(profiles.Services.Connectors)
            ? []
            : await objects.FindAllAsync(context.Message.Hid.ToUpperInvariant(), profiles.Services.Connectors, ConnectorProfile.Pid, ins: null, context.CancellationToken);
        await context.RespondAsync(new ConnectorCredentialsList { Connectors = [.. connectors.Select(ConnectorCredentialsReader.Read)] });
    }
}
