using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mobius.Micro.ObjectStore.Api;

public static class EngineApiExtensions
{
    /// <summary>
    /// JSON everywhere: the success envelope, and the error envelope for every refusal, every
    /// malformed request (which therefore throws instead of answering an empty 400) and every failure.
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
        return services;
    }

    /// <summary>Errors first (so they wrap everything after them), then authentication and authorization.</summary>
    public static IApplicationBuilder UseEngineApiConventions(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeErrors.WriteAsync);
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
