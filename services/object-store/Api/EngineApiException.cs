namespace Mobius.Micro.ObjectStore.Api;

/// <summary>Thrown where a request is refused; the exception handler answers it as the error envelope, without a stack trace or an error log.</summary>
public sealed class EngineApiException(ApiError error) : Exception(error.Message)
{
    public ApiError Error { get; } = error;

    public static EngineApiException Of(int statusCode, string errorCode, string message) => new(new ApiError(statusCode, errorCode, message));
}
