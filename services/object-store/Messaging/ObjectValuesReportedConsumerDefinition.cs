using MassTransit;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>Retries a report a few times when the database fails, before it goes to the error queue.</summary>
public sealed class ObjectValuesReportedConsumerDefinition : ConsumerDefinition<ObjectValuesReportedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ObjectValuesReportedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000));
    }
}
