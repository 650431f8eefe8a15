using MassTransit;
using Microsoft.Extensions.Options;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// The queue <c>object-values-reported</c>: reports are consumed in batches (one database round trip
/// each), and a batch whose write fails on the database is retried a few times before it goes to
/// the error queue.
/// </summary>
public sealed class ObjectValuesReportedConsumerDefinition : ConsumerDefinition<ObjectValuesReportedConsumer>
{
    private readonly ReportsOptions options;

    public ObjectValuesReportedConsumerDefinition(IOptions<ReportsOptions> options)
    {
        this.options = options.Value;
        EndpointName = "object-values-reported";
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ObjectValuesReportedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(options.BatchMessageLimit)
            .SetTimeLimit(options.BatchTimeLimit)
            .SetConcurrencyLimit(options.ConcurrentBatches));
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000));
    }
}
