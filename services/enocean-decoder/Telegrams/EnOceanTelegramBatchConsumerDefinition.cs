using MassTransit;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>Raw telegram batches wait, unacknowledged, until the object store answers their device lookups (<see cref="LookupRetry"/>).</summary>
public sealed class EnOceanTelegramBatchConsumerDefinition : ConsumerDefinition<EnOceanTelegramBatchConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<EnOceanTelegramBatchConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UntilLookupsAnswer();
}
