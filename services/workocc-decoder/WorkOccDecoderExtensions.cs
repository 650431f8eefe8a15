using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Health;
using Mobius.Micro.ServiceDefaults.Messaging;
using Mobius.Micro.WorkOccDecoder.Devices;
using Mobius.Micro.WorkOccDecoder.Occupancy;
using Mobius.Micro.WorkOccDecoder.State;
using Mobius.Micro.WorkOccDecoder.Telegrams;
using Mobius.Micro.WorkOccDecoder.Telemetry;
using StackExchange.Redis;

namespace Mobius.Micro.WorkOccDecoder;

public static class WorkOccDecoderExtensions
{
    public static IHostApplicationBuilder AddWorkOccDecoder(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<WorkOccDecoderOptions>(builder.Configuration, WorkOccDecoderOptions.Section);
        services.AddValidatedOptions<WorkOccServiceOptions>(builder.Configuration, WorkOccServiceOptions.Section);
        services.AddValidatedOptions<RedisConnectionOptions>(builder.Configuration, RedisConnectionOptions.Section);
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<IConnectionMultiplexer>(provider => ConnectRedis(provider.GetRequiredService<IOptions<RedisConnectionOptions>>().Value));
        services.AddSingleton<SensorStateKeys>();
        services.AddSingleton<SensorStateStore>();

        services.AddSingleton<WorkOccDeviceDirectory>();
        services.AddSingleton<UnknownSensorAnnouncer>();
        services.AddSingleton<WorkOccDecoderMetrics>();
        services.AddSingleton<TelegramLog>();
        services.AddSingleton<OccupancySweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<OccupancySweeper>());

        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        builder.AddMobiusBus(bus =>
        {
            bus.AddConsumer<WorkOccTelegramConsumer, InQueueOrderDefinition<WorkOccTelegramConsumer>>();
            bus.AddConsumer<WorkOccTelegramBatchConsumer, InQueueOrderDefinition<WorkOccTelegramBatchConsumer>>();
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
