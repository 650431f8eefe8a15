using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.EnOceanDecoder.Dedup;
using Mobius.Micro.EnOceanDecoder.Devices;
using Mobius.Micro.EnOceanDecoder.TeachIn;
using Mobius.Micro.EnOceanDecoder.Telegrams;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Health;
using Mobius.Micro.ServiceDefaults.Messaging;
using StackExchange.Redis;

namespace Mobius.Micro.EnOceanDecoder;

public static class EnOceanDecoderExtensions
{
    public static IHostApplicationBuilder AddEnOceanDecoder(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<EnOceanDecoderOptions>(builder.Configuration, EnOceanDecoderOptions.Section);
        services.AddValidatedOptions<RedisConnectionOptions>(builder.Configuration, RedisConnectionOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConnectionMultiplexer>(provider => ConnectRedis(provider.GetRequiredService<IOptions<RedisConnectionOptions>>().Value));
        services.AddSingleton<TelegramDeduplicator>();
        services.AddSingleton<EnOceanDeviceDirectory>();
        services.AddSingleton<UteResponder>();
        services.AddSingleton<TeachInHandler>();
        services.AddSingleton<EnOceanDecoderMetrics>();
        services.AddSingleton<UnknownSenderLog>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        builder.AddMobiusBus(bus =>
        {
            bus.AddConsumer<EnOceanTelegramConsumer, UntilLookupsAnswerDefinition<EnOceanTelegramConsumer>>();
            bus.AddConsumer<EnOceanTelegramBatchConsumer, UntilLookupsAnswerDefinition<EnOceanTelegramBatchConsumer>>();
        });
        return builder;
    }

    /// <summary>Connecting is retried in the background, so the decoder starts (not ready) while Redis is away.</summary>
    private static ConnectionMultiplexer ConnectRedis(RedisConnectionOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Redis);
        configuration.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(configuration);
    }
}
