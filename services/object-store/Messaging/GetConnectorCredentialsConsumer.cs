using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Services;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// Answers the gateway's question "who is this serial?" with the connector object's URI, PSK and
/// whether it is enabled. While the connectors service is stopped every serial is unknown.
/// </summary>
public sealed class GetConnectorCredentialsConsumer(ProfileCatalog profiles, ServiceStates services, ObjectRepository objects) : IConsumer<GetConnectorCredentials>
{
    public async Task Consume(ConsumeContext<GetConnectorCredentials> context)
    {
        var request = context.Message;
        var connector = services.IsStopped(profiles.Services.Connectors)
            ? null
            : await objects.FindByUniqueKeyAsync(request.Hid.ToUpperInvariant(), profiles.Services.Connectors, request.Serial, ConnectorCredentialsReader.Rids, context.CancellationToken);
        await context.RespondAsync(connector?.Profile.Pid == ConnectorProfile.Pid
            ? ConnectorCredentialsReader.Read(connector)
            : new ConnectorCredentials { Serial = request.Serial, Found = false });
    }
}
