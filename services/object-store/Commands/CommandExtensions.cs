using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Commands;

public static class CommandExtensions
{
    public static IServiceCollection AddCommands(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CommandOptions>(configuration, CommandOptions.Section);
        services.AddSingleton<DownlinkClient>();
        return services;
    }
}
