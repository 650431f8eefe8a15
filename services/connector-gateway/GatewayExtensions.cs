using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.Connectors;
using Mobius.Micro.ConnectorGateway.Downlink;
using Mobius.Micro.ConnectorGateway.Ingress;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorGateway.Mqtt;
using Mobius.Micro.ConnectorGateway.Provisioning;
using Mobius.Micro.ConnectorGateway.Status;
using Mobius.Micro.ConnectorGateway.Telemetry;
using Mobius.Micro.ConnectorGateway.Uplink;
using Mobius.Micro.ConnectorProtocol.Messages;
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
        services.AddValidatedOptions<RedisOptions>(builder.Configuration, RedisOptions.Section);
        services.AddSingleton(TimeProvider.System);

        services.AddLiveStatus();
        services.AddConnectorProtocol();
        services.AddIngress();
        services.AddDownlink();
        var provisioning = services.AddBrokerProvisioning(builder.Configuration);
        services.AddSingleton<GatewayMetrics>();
        services.AddSingleton<RejectionLog>();

        services.AddHealthChecks()
            .AddCheck<MqttConnectionHealthCheck>("mqtt", tags: [HealthTags.Ready])
            .AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        builder.AddMobiusBus(bus =>
        {
            bus.AddConsumer<SendEnOceanDownlinkConsumer>();
            bus.AddConsumer<DownlinkAcknowledgedConsumer>().Endpoint(EveryReplica);
            bus.AddConsumer<ConnectorChangedConsumer>().Endpoint(EveryReplica);
            if (provisioning)
            {
                bus.AddBrokerProvisioningConsumer();
            }
        });
        return builder;
    }

    /// <summary>A temporary queue of this replica's own, so every replica hears every message.</summary>
    private static void EveryReplica(IEndpointRegistrationConfigurator endpoint)
    {
        endpoint.InstanceId = Guid.NewGuid().ToString("N")[..12];
        endpoint.Temporary = true;
    }

    private static void AddLiveStatus(this IServiceCollection services)
    {
        services.AddSingleton<IConnectionMultiplexer>(provider => ConnectRedis(provider.GetRequiredService<IOptions<RedisOptions>>().Value));
        services.AddSingleton<ConnectorStateKeys>();
        services.AddSingleton<RedisConnectorStateStore>();
        services.AddSingleton<ConnectorPresence>();
        services.AddSingleton<ConnectorSessions>();
        services.AddSingleton<ConnectorLiveStatus>();
        services.AddSingleton<LiveStatusReporter>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveStatusReporter>());
        services.AddHostedService<HeartbeatMonitor>();
    }

    private static void AddConnectorProtocol(this IServiceCollection services)
    {
        services.AddSingleton(provider => new ConnectorTopicLayout(provider.GetRequiredService<IOptions<MqttOptions>>().Value.TopicPrefix));
        services.AddSingleton(provider => new ConnectorMessageVerifier(
            new ConnectorMessageVerifierOptions
            {
                FreshnessWindow = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<GatewayOptions>>().Value.FreshnessWindowSeconds),
            },
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ConnectorMessageSigner>();
        services.AddSingleton<ConnectorDirectory>();
    }

    private static void AddIngress(this IServiceCollection services)
    {
        services.AddSingleton<InboundQueue>();
        services.AddSingleton<ReceiveClock>();
        services.AddSingleton<MqttConnection>();
        services.AddSingleton<ConnectorMessageGate>();
        services.AddSingleton<TelegramRelay>();
        services.AddHostedService(provider => provider.GetRequiredService<TelegramRelay>());
        services.AddHostedService<InboundProcessor>();
        services.AddHostedService<MqttIngressListener>();
    }

    private static void AddDownlink(this IServiceCollection services)
    {
        services.AddSingleton<GatewaySigningIdentity>();
        services.AddSingleton<PendingDownlinks>();
        services.AddSingleton<AckHandler>();
    }

    /// <summary>Connecting is retried in the background, so the gateway starts (not ready) while Redis is away.</summary>
    private static ConnectionMultiplexer ConnectRedis(RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Redis);
        configuration.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(configuration);
    }
}
