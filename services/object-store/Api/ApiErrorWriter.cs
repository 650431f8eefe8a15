using Mobius.Micro.ObjectStore.Telemetry;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>Answers an <see cref="ApiError"/> as the error envelope with its HTTP status, and counts it by reason.</summary>
public sealed class ApiErrorWriter(ApiClock clock, ObjectStoreMetrics metrics)
{
    public Task WriteAsync(HttpContext context, ApiError error)
    {
        metrics.ApiRequestRefused(error.ErrorCode);
        context.Response.StatusCode = error.StatusCode;
        return context.Response.WriteAsJsonAsync(
            new ErrorEnvelope(clock.Now(), error.StatusCode, error.ErrorCode, error.Message),
            context.RequestAborted);
    }
}
