using Mobius.Micro.ServiceDefaults.Messaging;
using Mobius.Micro.WorkOccDecoder.Telegrams;

namespace Mobius.Micro.WorkOccDecoder;

public static class WorkOccDecoderExtensions
{
    public static IHostApplicationBuilder AddWorkOccDecoder(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WorkOccDecoderMetrics>();
        builder.AddMobiusBus(bus => bus.AddConsumer<WorkOccTelegramConsumer>());
        return builder;
    }
}
