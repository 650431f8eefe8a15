using MassTransit;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// The decoders' <see cref="ObjectValuesReportedBatch"/> messages (one per batch of raw telegrams),
/// consumed in batches themselves: all their reports are written together by <see cref="ReportsWriter"/>,
/// each in the trace its <see cref="ObjectValuesReported.TraceParent"/> names.
/// </summary>
public sealed class ObjectValuesReportedBatchConsumer(ReportsWriter writer) : IConsumer<Batch<ObjectValuesReportedBatch>>
{
    public Task Consume(ConsumeContext<Batch<ObjectValuesReportedBatch>> context)
    {
        var reports = new List<ObjectValuesReported>();
        foreach (var message in context.Message)
        {
            reports.AddRange(message.Message.Reports ?? []);
        }

        return writer.WriteAsync(reports, context.CancellationToken);
    }
}
