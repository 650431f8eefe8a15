using System.Text.Encodings.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mobius.Micro.ObjectStore.Auth;

namespace Mobius.Micro.ObjectStore.Api;

public static class EngineApiExtensions
{
    /// <summary>
    /// JSON everywhere: the success envelope, and the error envelope for every refusal, every
    /// malformed request (which therefore throws instead of answering an empty 400) and every failure;
    /// the OpenAPI document; CORS (off unless origins are configured); login rate limits.
    /// </summary>
    public static IServiceCollection AddEngineApiConventions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiClock>();
        services.AddSingleton<ApiResults>();
        services.AddSingleton<ApiErrorWriter>();
        services.AddExceptionHandler<EngineApiExceptionHandler>();
        services.AddProblemDetails(); // required by the exception handler middleware; never used, the handler above answers everything
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddEngineApiDocument();
        services.AddEngineApiCors();
        services.AddRateLimiter(LoginRateLimiter.Configure);
        return services;
    }

    /// <summary>Errors first (so they wrap everything after them), then websockets, CORS, authentication, authorization and rate limits.</summary>
    public static IApplicationBuilder UseEngineApiConventions(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeErrors.WriteAsync);
        app.UseWebSockets();
        app.UseCors(CorsSettings.Policy);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}
