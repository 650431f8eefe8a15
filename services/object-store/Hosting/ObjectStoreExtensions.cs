using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using Mobius.Micro.ObjectStore.Messaging;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Telemetry;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.ObjectStore.Hosting;

public static class ObjectStoreExtensions
{
    /// <summary>
    /// Everything the object store runs on. Order matters for what starts at start-up: the schema
    /// migrations, then the bootstrap admin, then the bus consumers.
    /// </summary>
    public static IHostApplicationBuilder AddObjectStore(this IHostApplicationBuilder builder)
    {
        builder.AddObjectStorePersistence();
        builder.AddEngineApiAuth();
        builder.Services.AddValidatedOptions<ServiceIdsOptions>(builder.Configuration, ServiceIdsOptions.Section);
        builder.Services.AddSingleton<ProfileCatalog>();
        builder.Services.AddSingleton<ObjectRepository>();
        builder.Services.AddSingleton<ObjectAddressing>();
        builder.Services.AddSingleton<ObjectCreator>();
        builder.Services.AddSingleton<ObjectStoreMetrics>();
        builder.Services.AddEngineApiConventions();
        builder.AddMobiusBus(bus => bus.AddObjectStoreConsumers());
        return builder;
    }

    /// <summary>The Engine API v1 under <c>/api/v1</c>, with its error handling and authorization in front.</summary>
    public static WebApplication MapEngineApi(this WebApplication app)
    {
        app.UseEngineApiConventions();
        var api = app.MapGroup("/api/v1");
        api.MapAuthEndpoints();
        api.MapObjectEndpoints();
        return app;
    }
}
