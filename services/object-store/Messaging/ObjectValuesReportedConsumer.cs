using MassTransit;
using MassTransit.Logging;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// Single <see cref="ObjectValuesReported"/> messages (the gateway's connector status, the WorkOcc
/// decoder's occupancy sweeps), consumed in batches and written by <see cref="ReportsWriter"/>; each
/// report's trace is the context MassTransit wrote in its headers.
/// </summary>
public sealed class ObjectValuesReportedConsumer(ReportsWriter writer) : IConsumer<Batch<ObjectValuesReported>>
{
    public Task Consume(ConsumeContext<Batch<ObjectValuesReported>> context)
    {
        var reports = new ObjectValuesReported[context.Message.Length];
        for (var index = 0; index < reports.Length; index++)
        {
            var message = context.Message[index];
            reports[index] = message.Message with
            {
                TraceParent = message.Message.TraceParent ?? message.Headers.Get<string>(DiagnosticHeaders.ActivityId),
            };
        }

        return writer.WriteAsync(reports, context.CancellationToken);
    }
}
