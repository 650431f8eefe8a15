using System.Diagnostics;
using MassTransit;
using MassTransit.Context;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>
/// Takes the gateway's <see cref="RawTelegramsReceived"/> batches apart: each telegram goes through
/// <see cref="EnOceanTelegramConsumer"/> in order, in an activity that continues the telegram's own
/// trace, so what it publishes belongs to that trace. A failure fails the batch and it is
/// redelivered whole; the telegrams already handled come again as duplicates, which change nothing.
/// </summary>
public sealed class EnOceanTelegramBatchConsumer(EnOceanTelegramConsumer telegrams) : IConsumer<RawTelegramsReceived>
{
    public static readonly ActivitySource Source = new(MobiusTelemetry.Prefix + "EnOceanDecoder");

    public async Task Consume(ConsumeContext<RawTelegramsReceived> context)
    {
        foreach (var telegram in context.Message.Telegrams)
        {
            using var activity = Source.StartHandling("decode EnOcean telegram", telegram);
            await telegrams.Consume(new MessageConsumeContext<RawTelegramReceived>(context, telegram));
        }
    }
}
