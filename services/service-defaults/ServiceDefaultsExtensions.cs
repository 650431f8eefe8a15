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
        builder.AddMobiusTelemetry();
        builder.Services.AddDefaultHealthChecks();
        builder.Services.AddValidatedOptions<HubOptions>(builder.Configuration, HubOptions.Section);
        return builder;
    }
}
