namespace Mobius.Micro.ObjectStore.Api;

/// <summary>A refused request: the HTTP status, a reason code (<see cref="ApiErrorCodes"/> or a write rejection reason) and a message for people.</summary>
public sealed record ApiError(int StatusCode, string ErrorCode, string Message);
