using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Mobius.Micro.ObjectModel.Uris;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>
/// Turns every exception that reaches the top into the error envelope: refusals (and malformed
/// requests or URIs) with their own status and code, anything else logged and answered as a 500
/// <c>internal</c>, never with a stack trace.
/// </summary>
internal sealed partial class EngineApiExceptionHandler(ApiErrorWriter writer, ILogger<EngineApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var error = exception switch
        {
            EngineApiException refusal => refusal.Error,
            InvalidUriException invalid => ApiErrors.InvalidUri(invalid).Error,
            BadHttpRequestException { InnerException: JsonException json } badRequest =>
                new ApiError(badRequest.StatusCode, ApiErrorCodes.InvalidRequest, $"the body is not the JSON this endpoint takes: {json.Message}"),
            BadHttpRequestException badRequest => new ApiError(badRequest.StatusCode, ApiErrorCodes.InvalidRequest, badRequest.Message),
            _ => null,
        };

        if (error is null)
        {
            LogFailure(exception, httpContext.Request.Method, httpContext.Request.Path);
            error = ApiErrors.Internal();
        }

        await writer.WriteAsync(httpContext, error);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private partial void LogFailure(Exception exception, string method, string path);
}
