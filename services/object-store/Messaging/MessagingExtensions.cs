using MassTransit;

namespace Mobius.Micro.ObjectStore.Messaging;

public static class MessagingExtensions
{
    /// <summary>The object store's consumers: reported values, and the connector and EnOcean device lookups.</summary>
    public static IBusRegistrationConfigurator AddObjectStoreConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ObjectValuesReportedConsumer, ObjectValuesReportedConsumerDefinition>();
        bus.AddConsumer<GetConnectorCredentialsConsumer>();
        bus.AddConsumer<GetEnOceanDeviceConsumer>();
        return bus;
    }
}
