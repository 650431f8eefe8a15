using Mobius.Micro.EnOceanDecoder.Devices;
using Mobius.Micro.EnOceanDecoder.Telegrams;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.EnOceanDecoder;

public static class EnOceanDecoderExtensions
{
    public static IHostApplicationBuilder AddEnOceanDecoder(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<EnOceanDecoderOptions>(builder.Configuration, EnOceanDecoderOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EnOceanDeviceDirectory>();
        builder.Services.AddSingleton<EnOceanDecoderMetrics>();
        builder.Services.AddSingleton<UnknownSenderLog>();
        builder.AddMobiusBus(bus => bus.AddConsumer<EnOceanTelegramConsumer>());
        return builder;
    }
}
