using Mobius.Micro.ObjectStore.Discovery;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Objects;

public static class ObjectExtensions
{
    /// <summary>The services' SIDs and profiles, and what creates, changes, clones and discovers objects.</summary>
    public static IServiceCollection AddObjects(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ServiceIdsOptions>(configuration, ServiceIdsOptions.Section);
        services.AddSingleton<ProfileCatalog>();
        services.AddSingleton<ObjectAddressing>();
        services.AddSingleton<ObjectCreator>();
        services.AddSingleton<ObjectEditor>();
        services.AddSingleton<ObjectCloner>();
        services.AddSingleton<Discoverer>();
        return services;
    }
}
