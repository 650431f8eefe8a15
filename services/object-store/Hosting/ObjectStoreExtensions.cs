using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using Mobius.Micro.ObjectStore.Commands;
using Mobius.Micro.ObjectStore.Discovery;
using Mobius.Micro.ObjectStore.History;
using Mobius.Micro.ObjectStore.Messaging;
using Mobius.Micro.ObjectStore.Node;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Services;
using Mobius.Micro.ObjectStore.Subscriptions;
using Mobius.Micro.ObjectStore.Telemetry;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.ObjectStore.Hosting;

public static class ObjectStoreExtensions
{
    /// <summary>
    /// Everything the object store runs on. Order matters for what starts at start-up: the schema
    /// migrations, then the bootstrap admin, then the services and their status objects, then the
    /// background work, then the bus consumers.
    /// </summary>
    public static IHostApplicationBuilder AddObjectStore(this IHostApplicationBuilder builder)
    {
        var instance = new ObjectStoreInstance();
        var configuration = builder.Configuration;
        builder.AddObjectStorePersistence();
        builder.AddEngineApiAuth();
        builder.Services.AddObjects(configuration);
        builder.Services.AddServiceRegistry(configuration);
        builder.Services.AddHistory(configuration);
        builder.Services.AddSubscriptions(configuration, instance);
        builder.Services.AddCommands(configuration);
        builder.Services.AddNode();
        builder.Services.AddValidatedOptions<ReportsOptions>(configuration, ReportsOptions.Section);
        builder.Services.AddSingleton<ReportsWriter>();
        builder.Services.AddSingleton<ObjectStoreMetrics>();
        builder.Services.AddEngineApiConventions();
        builder.AddMobiusBus(bus => bus.AddObjectStoreConsumers(instance));
        return builder;
    }

    /// <summary>The Engine API v1 under <c>/api/v1</c>, with its error handling, authorization and rate limits in front.</summary>
    public static WebApplication MapEngineApi(this WebApplication app)
    {
        app.UseEngineApiConventions();
        var api = app.MapGroup("/api/v1");
        api.MapAuthEndpoints();
        api.MapUserEndpoints();
        api.MapDiscoverEndpoints();
        api.MapObjectEndpoints();
        api.MapResourceWriteEndpoints();
        api.MapObjectConfigEndpoints();
        api.MapServiceEndpoints();
        api.MapNodeEndpoints();
        api.MapProfileEndpoints();
        api.MapCommandEndpoints();
        api.MapHistoryEndpoints();
        api.MapSubscriptionEndpoints();
        app.MapEngineApiDocument();
        return app;
    }
}
