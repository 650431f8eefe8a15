using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.Mqtt;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ConnectorGateway.Provisioning;

public static class ProvisioningExtensions
{
    /// <summary>The options, always validated; the provisioning itself only when <see cref="ProvisioningOptions.Enabled"/>.</summary>
    public static bool AddBrokerProvisioning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ProvisioningOptions>(configuration, ProvisioningOptions.Section)
            .Validate<IOptions<MqttOptions>>(
                (provisioning, mqtt) => !provisioning.Enabled || mqtt.Value.Username is not { Length: > 0 } || mqtt.Value.Password is { Length: > 0 },
                "Mqtt:Password: is required with Mqtt:Username when provisioning is enabled (the gateway's own broker account is provisioned)");
        var enabled = configuration.GetSection(ProvisioningOptions.Section).GetValue<bool>(nameof(ProvisioningOptions.Enabled));
        if (enabled)
        {
            services.AddSingleton<DynamicSecurityClient>();
            services.AddSingleton<BrokerAccounts>();
            services.AddSingleton<BrokerAccountProvisioner>();
            services.AddHostedService<BrokerAccountReconciler>();
        }

        return enabled;
    }

    /// <summary>The consumer that provisions a changed connector: one replica per change, retried a few times.</summary>
    public static void AddBrokerProvisioningConsumer(this IBusRegistrationConfigurator bus)
    {
        bus.AddRequestClient<GetConnectorCredentials>();
        bus.AddConsumer<ConnectorChangedProvisioner>(consumer =>
            consumer.UseMessageRetry(retry => retry.Intervals(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15))));
    }
}
