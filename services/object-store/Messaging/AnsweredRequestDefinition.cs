using MassTransit;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// A lookup another service asks (connector credentials, a device): when answering fails (the
/// database is away), the asker gets the fault and asks again later, so the request itself is
/// dropped rather than kept in an error queue that would only grow with stale questions.
/// </summary>
public sealed class AnsweredRequestDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.DiscardFaultedMessages();
}
