using MassTransit;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>Single raw telegrams wait, unacknowledged, until the object store answers their device lookups (<see cref="LookupRetry"/>).</summary>
public sealed class EnOceanTelegramConsumerDefinition : ConsumerDefinition<EnOceanTelegramConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<EnOceanTelegramConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UntilLookupsAnswer();
}
