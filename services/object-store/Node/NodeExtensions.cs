namespace Mobius.Micro.ObjectStore.Node;

public static class NodeExtensions
{
    public static IServiceCollection AddNode(this IServiceCollection services)
    {
        services.AddSingleton<NodeBackup>();
        services.AddSingleton<NodeRestorer>();
        services.AddSingleton<NodeHealth>();
        return services;
    }
}
