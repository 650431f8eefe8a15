using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>
/// Takes the gateway's <see cref="WorkOccTelegramsReceived"/> batches apart: each telegram goes through
/// <see cref="WorkOccTelegramConsumer"/> in order (one batch at a time, as single telegrams are, so a
/// sensor's frames are applied in queue order); each continues its own trace (its <c>decode</c> span).
/// Their values go out as one <see cref="ObjectValuesReportedBatch"/> and their broadcasts as one
/// <see cref="BroadcastCommands"/>, after the last telegram. A failure fails the batch and it is redelivered whole; frames already applied are
/// recognised as the same messages.
/// </summary>
public sealed class WorkOccTelegramBatchConsumer(WorkOccTelegramConsumer telegrams) : IConsumer<WorkOccTelegramsReceived>
{
    public async Task Consume(ConsumeContext<WorkOccTelegramsReceived> context)
    {
        var output = new DecodedTelegrams();
        foreach (var telegram in context.Message.Telegrams)
        {
            await telegrams.HandleAsync(context, telegram, output);
        }

        await output.PublishAsync(context, context.CancellationToken);
    }
}
