using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>
/// Takes the gateway's <see cref="EnOceanTelegramsReceived"/> batches apart: each telegram goes through
/// <see cref="EnOceanTelegramConsumer"/> in order; each continues its own trace (its <c>decode</c>
/// span). Their readings go out as one <see cref="ObjectValuesReportedBatch"/> and their broadcasts as one
/// <see cref="BroadcastCommands"/>, after the last telegram. A failure fails the batch and it is
/// redelivered whole; the telegrams already handled come again as duplicates, which change nothing.
/// </summary>
public sealed class EnOceanTelegramBatchConsumer(EnOceanTelegramConsumer telegrams) : IConsumer<EnOceanTelegramsReceived>
{
    public async Task Consume(ConsumeContext<EnOceanTelegramsReceived> context)
    {
        var output = new DecodedTelegrams();
        await telegrams.HandleAsync(context, context.Message.Telegrams, output);
        await output.PublishAsync(context, context.CancellationToken);
    }
}
