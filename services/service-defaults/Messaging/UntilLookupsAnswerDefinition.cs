using MassTransit;

namespace Mobius.Micro.ServiceDefaults.Messaging;

/// <summary>A consumer whose messages wait, unacknowledged, until the object store answers their lookups (<see cref="LookupRetry"/>).</summary>
public sealed class UntilLookupsAnswerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UntilLookupsAnswer();
}
