using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Health;
using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.ServiceDefaults;

/// <summary>What every Mobius.Micro host gets: telemetry, health checks and the hub it serves.</summary>
public static class ServiceDefaultsExtensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions
        {
            // In every environment, not only Development: a singleton holding a scoped service is a bug to catch in tests.
            ValidateScopes = true,
            ValidateOnBuild = true,
        }));
        builder.AddMobiusTelemetry();
        builder.Services.AddDefaultHealthChecks();
        builder.Services.AddValidatedOptions<HubOptions>(builder.Configuration, HubOptions.Section);
        builder.Services.AddServiceHealthReporting(builder.Configuration);
        return builder;
    }
}
