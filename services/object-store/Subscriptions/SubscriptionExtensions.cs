using Microsoft.AspNetCore.WebSockets;
using Mobius.Micro.ObjectStore.Messaging;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Subscriptions;

public static class SubscriptionExtensions
{
    /// <summary>The subscription websocket: sessions, the dispatcher of events, the change notifier, the fan-out to other replicas and the announcement of changed connectors.</summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services, IConfiguration configuration, ObjectStoreInstance instance)
    {
        services.AddValidatedOptions<SubscriptionOptions>(configuration, SubscriptionOptions.Section);
        services.AddSingleton(instance);
        services.AddSingleton<SubscriptionSessions>();
        services.AddSingleton<SubscriptionEvents>();
        services.AddSingleton<SubscriptionDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<SubscriptionDispatcher>());
        services.AddSingleton<ReplicaFanOut>();
        services.AddHostedService(provider => provider.GetRequiredService<ReplicaFanOut>());
        services.AddSingleton<ConnectorChangePublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<ConnectorChangePublisher>());
        services.AddSingleton<ChangeNotifier>();
        services.AddSingleton<SubscriptionAuthorizer>();
        services.AddSingleton<SubscriptionConnection>();
        services.AddWebSockets(options => options.KeepAliveInterval = TimeSpan.FromSeconds(30));
        return services;
    }
}
