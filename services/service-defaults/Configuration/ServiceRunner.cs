using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mobius.Micro.ServiceDefaults.Configuration;

public static class ServiceRunner
{
    /// <summary>Exit code of a service that refused to start because of its configuration (sysexits EX_CONFIG).</summary>
    public const int ConfigurationErrorExitCode = 78;

    /// <summary>
    /// Builds the service and validates every option before anything else can resolve one, so a bad
    /// setting stops the service with one line naming it (and exit code 78) instead of a stack trace.
    /// </summary>
    public static WebApplication BuildService(this WebApplicationBuilder builder)
    {
        var app = builder.Build();
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (Exception invalid) when (Failures(invalid) is { Count: > 0 } failures)
        {
            Console.Error.WriteLine($"{app.Environment.ApplicationName}: configuration error: {string.Join("; ", failures)}");
            Environment.Exit(ConfigurationErrorExitCode);
        }

        return app;
    }

    /// <summary>The validation failures of one invalid options class, or of several at once.</summary>
    private static List<string> Failures(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException several => [.. several.InnerExceptions.SelectMany(Failures)],
        _ => [],
    };
}
