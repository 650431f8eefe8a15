namespace Mobius.Micro.ObjectStore.Api;

/// <summary>
/// Cross-origin requests, section <c>Cors</c>: off unless <c>Cors:AllowedOrigins</c> lists origins
/// (e.g. <c>Cors__AllowedOrigins__0=https://dashboard.example</c>), which may then call the API from a
/// browser with any method and header.
/// </summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";
    public const string Policy = "engine-api";

    public string[] AllowedOrigins { get; set; } = [];
}

public static class CorsExtensions
{
    /// <summary>The <see cref="CorsSettings.Policy"/> policy, read from configuration when first used.</summary>
    public static IServiceCollection AddEngineApiCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IConfiguration>((cors, configuration) =>
        {
            var origins = configuration.GetSection(CorsSettings.Section).Get<CorsSettings>()?.AllowedOrigins ?? [];
            cors.AddPolicy(CorsSettings.Policy, policy =>
            {
                if (origins.Length > 0)
                {
                    policy.WithOrigins(origins).AllowAnyMethod().AllowAnyHeader();
                }
            });
        });
        return services;
    }
}
