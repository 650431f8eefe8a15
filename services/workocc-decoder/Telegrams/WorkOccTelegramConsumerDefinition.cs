using MassTransit;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>
/// Retries a telegram a few times when Redis or the object store's device lookup fails, before it
/// goes to the error queue. Safe: nothing is applied before the lookup, and a retry after the
/// state was stored is recognised as a redelivery of the same message (its values are published
/// again, nothing is applied twice).
/// </summary>
public sealed class WorkOccTelegramConsumerDefinition : ConsumerDefinition<WorkOccTelegramConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<WorkOccTelegramConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000));
    }
}
