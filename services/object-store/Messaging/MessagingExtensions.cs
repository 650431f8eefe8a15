using MassTransit;
using Mobius.Micro.ObjectStore.Services;
using Mobius.Micro.ObjectStore.Subscriptions;

namespace Mobius.Micro.ObjectStore.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// The object store's consumers. Competing (one replica handles each message): reported values,
    /// provisioning, health reports, the connector and EnOcean device lookups. Every replica (its own
    /// temporary queue): other replicas' changes and broadcast commands, for its websocket subscribers.
    /// </summary>
    public static IBusRegistrationConfigurator AddObjectStoreConsumers(this IBusRegistrationConfigurator bus, ObjectStoreInstance instance)
    {
        bus.AddConsumer<ObjectValuesReportedConsumer, ObjectValuesReportedConsumerDefinition>();
        bus.AddConsumer<ObjectValuesReportedBatchConsumer, ObjectValuesReportedBatchConsumerDefinition>();
        bus.AddConsumer<ObjectProvisioningConsumer>();
        bus.AddConsumer<ServiceHealthConsumer>();
        bus.AddConsumer<GetConnectorCredentialsConsumer, AnsweredRequestDefinition<GetConnectorCredentialsConsumer>>();
        bus.AddConsumer<ListConnectorCredentialsConsumer, AnsweredRequestDefinition<ListConnectorCredentialsConsumer>>();
        bus.AddConsumer<GetEnOceanDeviceConsumer, AnsweredRequestDefinition<GetEnOceanDeviceConsumer>>();
        bus.AddConsumer<WorkOccDeviceLookupConsumer, AnsweredRequestDefinition<WorkOccDeviceLookupConsumer>>();
        bus.AddConsumer<ResourceValuesChangedConsumer>().Endpoint(endpoint =>
        {
            endpoint.InstanceId = instance.Id;
            endpoint.Temporary = true;
        });
        bus.AddConsumer<BroadcastCommandsConsumer>().Endpoint(endpoint =>
        {
            endpoint.InstanceId = instance.Id;
            endpoint.Temporary = true;
        });
        return bus;
    }
}
