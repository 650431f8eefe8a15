using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.Connectors;
using Mobius.Micro.ConnectorGateway.Ingress;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorGateway.Mqtt;
using Mobius.Micro.ConnectorGateway.Telemetry;
using Mobius.Micro.ConnectorGateway.Uplink;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.ConnectorProtocol.Verification;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Health;
using Mobius.Micro.ServiceDefaults.Messaging;
using StackExchange.Redis;

namespace Mobius.Micro.ConnectorGateway;

public static class GatewayExtensions
{
    public static IHostApplicationBuilder AddConnectorGateway(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<GatewayOptions>(builder.Configuration, GatewayOptions.Section);
        services.AddValidatedOptions<MqttOptions>(builder.Configuration, MqttOptions.Section);
        services.AddSingleton(TimeProvider.System);

        services.AddValidatedOptions<RedisOptions>(builder.Configuration, RedisOptions.Section);
        services.AddSingleton<IConnectionMultiplexer>(provider => ConnectRedis(provider.GetRequiredService<IOptions<RedisOptions>>().Value));
        services.AddSingleton<RedisConnectorStateStore>();
        services.AddSingleton<ConnectorReplayStates>();

        services.AddSingleton(provider => new ConnectorTopicLayout(provider.GetRequiredService<IOptions<MqttOptions>>().Value.TopicPrefix));
        services.AddSingleton(provider => new ConnectorMessageVerifier(
            new ConnectorMessageVerifierOptions
            {
                FreshnessWindow = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<GatewayOptions>>().Value.FreshnessWindowSeconds),
            },
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ConnectorDirectory>();
        services.AddSingleton<UplinkVerifier>();
        services.AddSingleton<TelegramRelay>();
        services.AddSingleton<GatewayMetrics>();
        services.AddSingleton<RejectionLog>();

        services.AddSingleton<InboundQueue>();
        services.AddSingleton<MqttConnection>();
        services.AddHostedService<UplinkProcessor>();
        services.AddHostedService<MqttUplinkListener>();

        services.AddHealthChecks()
            .AddCheck<MqttConnectionHealthCheck>("mqtt", tags: [HealthTags.Ready])
            .AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        builder.AddMobiusBus();
        return builder;
    }

    /// <summary>Connecting is retried in the background, so the gateway starts (not ready) while Redis is away.</summary>
    private static ConnectionMultiplexer ConnectRedis(RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Redis);
        configuration.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(configuration);
    }
}
