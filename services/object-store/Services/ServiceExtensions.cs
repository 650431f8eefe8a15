using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Services;

public static class ServiceExtensions
{
    /// <summary>The services of the hub: registration at start, running/stopped state, status objects fed by health reports and marked unknown when those stop.</summary>
    public static IServiceCollection AddServiceRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ServiceStatusOptions>(configuration, ServiceStatusOptions.Section);
        services.AddSingleton<ServiceRepository>();
        services.AddHostedService<ServiceSeeder>();
        services.AddSingleton<ServiceStates>();
        services.AddHostedService(provider => provider.GetRequiredService<ServiceStates>());
        services.AddSingleton<ServiceStatusWriter>();
        services.AddHostedService<StaleServiceWatcher>();
        services.AddSingleton<ServiceAnswers>();
        return services;
    }
}
