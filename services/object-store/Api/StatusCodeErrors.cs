using Microsoft.AspNetCore.Diagnostics;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>Gives answers the framework sends without a body (no such route, wrong method, ...) the error envelope.</summary>
internal static class StatusCodeErrors
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var error = status switch
        {
            Status404NotFound => new ApiError(status, ApiErrorCodes.NotFound, $"no endpoint {http.Request.Method} {http.Request.Path}"),
            Status405MethodNotAllowed => new ApiError(status, ApiErrorCodes.MethodNotAllowed, $"{http.Request.Path} does not take {http.Request.Method}"),
            Status415UnsupportedMediaType => new ApiError(status, ApiErrorCodes.UnsupportedMediaType, "send the body as application/json"),
            _ => new ApiError(status, ApiErrorCodes.HttpError, $"HTTP {status}"),
        };
        return http.RequestServices.GetRequiredService<ApiErrorWriter>().WriteAsync(http, error);
    }
}
