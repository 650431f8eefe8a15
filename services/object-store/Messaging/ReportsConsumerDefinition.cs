using MassTransit;
using Microsoft.Extensions.Options;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// A queue of reported values: its messages are consumed in batches (one database round trip each),
/// and a batch whose write fails on the database is retried a few times before it goes to the error queue.
/// </summary>
public abstract class ReportsConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly ReportsOptions options;

    protected ReportsConsumerDefinition(IOptions<ReportsOptions> options, string queue)
    {
        this.options = options.Value;
        EndpointName = queue;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(options.BatchMessageLimit)
            .SetTimeLimit(options.BatchTimeLimit)
            .SetConcurrencyLimit(options.ConcurrentBatches));
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000));
    }
}

/// <summary>The queue <c>object-values-reported</c>: single reports.</summary>
public sealed class ObjectValuesReportedConsumerDefinition(IOptions<ReportsOptions> options)
    : ReportsConsumerDefinition<ObjectValuesReportedConsumer>(options, "object-values-reported");

/// <summary>The queue <c>object-values-reported-batch</c>: the decoders' batches of reports.</summary>
public sealed class ObjectValuesReportedBatchConsumerDefinition(IOptions<ReportsOptions> options)
    : ReportsConsumerDefinition<ObjectValuesReportedBatchConsumer>(options, "object-values-reported-batch");
