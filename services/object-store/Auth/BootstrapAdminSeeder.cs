using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectStore.Users;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>Creates the configured bootstrap admin at start, after the schema migrations, if no user of that name exists.</summary>
internal sealed partial class BootstrapAdminSeeder(UserStore users, IOptions<AuthOptions> options, ILogger<BootstrapAdminSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var admin = options.Value.BootstrapAdmin;
        if (!admin.IsConfigured)
        {
            return;
        }

        if (await users.CreateAsync(admin.Username, admin.Password, [EngineRoles.Admin], cancellationToken))
        {
            LogCreated(admin.Username);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created bootstrap admin {Username}")]
    private partial void LogCreated(string username);
}
