using MassTransit;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>
/// Takes the WorkOcc telegrams out of the raw-telegram fan-out. Frame decoding and occupancy
/// semantics arrive with the WorkOcc decoder issue; until then each telegram is counted.
/// </summary>
public sealed class WorkOccTelegramConsumer(WorkOccDecoderMetrics metrics) : IConsumer<RawTelegramReceived>
{
    public Task Consume(ConsumeContext<RawTelegramReceived> context)
    {
        if (context.Message.Module == RadioModules.WorkOcc)
        {
            metrics.TelegramReceived();
        }

        return Task.CompletedTask;
    }
}
