using MassTransit;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>
/// The batches' queue works as the single telegrams' does (<see cref="WorkOccTelegramConsumerDefinition"/>):
/// one batch at a time, in queue order, retried a few times when Redis fails and until the device
/// lookup is answered.
/// </summary>
public sealed class WorkOccTelegramBatchConsumerDefinition : ConsumerDefinition<WorkOccTelegramBatchConsumer>
{
    public WorkOccTelegramBatchConsumerDefinition() => ConcurrentMessageLimit = 1;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<WorkOccTelegramBatchConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UntilLookupsAnswer();
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000));
    }
}
