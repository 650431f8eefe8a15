using MassTransit;
using MassTransit.Context;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>
/// Takes the gateway's <see cref="RawTelegramsReceived"/> batches apart: each telegram goes through
/// <see cref="WorkOccTelegramConsumer"/> in order (one batch at a time, as single telegrams are, so a
/// sensor's frames are applied in queue order); each continues its own trace (its <c>decode</c> span).
/// A failure fails the batch and it is redelivered whole; frames already applied are
/// recognised as the same messages.
/// </summary>
public sealed class WorkOccTelegramBatchConsumer(WorkOccTelegramConsumer telegrams) : IConsumer<RawTelegramsReceived>
{
    public async Task Consume(ConsumeContext<RawTelegramsReceived> context)
    {
        foreach (var telegram in context.Message.Telegrams)
        {
            await telegrams.Consume(new MessageConsumeContext<RawTelegramReceived>(context, telegram));
        }
    }
}
