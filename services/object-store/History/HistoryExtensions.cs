using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.History;

public static class HistoryExtensions
{
    /// <summary>Reading history, and purging what is older than the retention.</summary>
    public static IServiceCollection AddHistory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<HistoryOptions>(configuration, HistoryOptions.Section);
        services.AddSingleton<HistoryRepository>();
        services.AddHostedService<HistoryPurger>();
        return services;
    }
}
