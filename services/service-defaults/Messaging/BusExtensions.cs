using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ServiceDefaults.Messaging;

public static class BusExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ with publisher confirms, kebab-case endpoint names (so replicas of a
    /// service compete on the same queues), the bus health check in readiness, and no usage telemetry.
    /// </summary>
    public static IHostApplicationBuilder AddMobiusBus(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configure = null)
    {
        builder.Services.AddValidatedOptions<RabbitMqOptions>(builder.Configuration, RabbitMqOptions.Section);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            // MassTransit reports anonymous usage to its makers unless told not to; services on a
            // building's network call out to nobody (offline, they only logged a failure each start).
            bus.ConfigureUsageTelemetryOptions(usage => usage.Enabled = false);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) => QueueType.Apply(endpoint));
            configure?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var options = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                rabbit.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
                {
                    host.Username(options.Username);
                    host.Password(options.Password);
                    host.PublisherConfirmation = true;
                    if (options.UseTls)
                    {
                        host.UseSsl(ssl => ssl.ServerName = options.Host);
                    }
                });
                rabbit.PrefetchCount = options.PrefetchCount;
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
