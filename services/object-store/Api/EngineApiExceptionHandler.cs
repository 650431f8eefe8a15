using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Mobius.Micro.ObjectModel.Uris;
using Npgsql;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>
/// Turns every exception that reaches the top into the error envelope: refusals (and malformed
/// requests or URIs) with their own status and code, an unreachable database as 503
/// <c>unavailable</c>, anything else logged and answered as a 500 <c>internal</c>, never with a
/// stack trace. A request the client abandoned gets no answer.
/// </summary>
internal sealed partial class EngineApiExceptionHandler(ApiErrorWriter writer, ILogger<EngineApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var error = exception switch
        {
            EngineApiException refusal => refusal.Error,
            InvalidUriException invalid => ApiErrors.InvalidUri(invalid).Error,
            BadHttpRequestException { InnerException: JsonException json } badRequest =>
                new ApiError(badRequest.StatusCode, ApiErrorCodes.InvalidRequest, $"the body is not the JSON this endpoint takes: {json.Message}"),
            BadHttpRequestException badRequest => new ApiError(badRequest.StatusCode, ApiErrorCodes.InvalidRequest, badRequest.Message),
            NpgsqlException { IsTransient: true } => new ApiError(Status503ServiceUnavailable, ApiErrorCodes.Unavailable, "the database is unavailable; try again"),
            _ => null,
        };

        if (error is null)
        {
            LogFailure(exception, httpContext.Request.Method, httpContext.Request.Path);
            error = ApiErrors.Internal();
        }

        if (!httpContext.Response.HasStarted)
        {
            await writer.WriteAsync(httpContext, error);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private partial void LogFailure(Exception exception, string method, string path);
}
