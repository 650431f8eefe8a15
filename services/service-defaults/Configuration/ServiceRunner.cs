using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mobius.Micro.ServiceDefaults.Configuration;

public static class ServiceRunner
{
    /// <summary>Exit code of a service that refused to start because of its configuration (sysexits EX_CONFIG).</summary>
    public const int ConfigurationErrorExitCode = 78;

    /// <summary>
    /// Validates every option before the host starts, so a bad setting stops the service with one
    /// line naming it instead of a stack trace, then runs the service until it is stopped.
    /// </summary>
    public static async Task<int> RunServiceAsync(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException invalid)
        {
            await Console.Error.WriteLineAsync(
                $"{app.Environment.ApplicationName}: configuration error: {string.Join("; ", invalid.Failures)}");
            return ConfigurationErrorExitCode;
        }

        await app.RunAsync();
        return 0;
    }
}
