using MassTransit;
using MassTransit.Context;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>
/// Takes the gateway's <see cref="RawTelegramsReceived"/> batches apart: each telegram goes through
/// <see cref="EnOceanTelegramConsumer"/> in order; each continues its own trace (its <c>decode</c>
/// span). A failure fails the batch and it is redelivered whole; the telegrams already handled come again as duplicates, which change nothing.
/// </summary>
public sealed class EnOceanTelegramBatchConsumer(EnOceanTelegramConsumer telegrams) : IConsumer<RawTelegramsReceived>
{
    public async Task Consume(ConsumeContext<RawTelegramsReceived> context)
    {
        foreach (var telegram in context.Message.Telegrams)
        {
            await telegrams.Consume(new MessageConsumeContext<RawTelegramReceived>(context, telegram));
        }
    }
}
