using MassTransit;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>
/// Retries a telegram a few times when Redis fails, before it goes to the error queue, and until the
/// object store's device lookup is answered (<see cref="LookupRetry"/>). Safe: nothing is applied
/// before the lookup, and a retry after the
/// state was stored is recognised as a redelivery of the same message (its values are published
/// again, nothing is applied twice). Telegrams are taken one at a time, in queue order: a sensor's
/// frames decoded side by side could overtake each other, and the sequence rule then drops the
/// older one as stale even when it is of another type (an occupancy frame behind a health frame).
/// Single telegrams and the gateway's batches of them are consumed alike.
/// </summary>
public sealed class InQueueOrderDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public InQueueOrderDefinition() => ConcurrentMessageLimit = 1;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UntilLookupsAnswer();
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000));
    }
}
