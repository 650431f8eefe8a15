using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Writes;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>The refusals of the Engine API, ready to throw.</summary>
public static class ApiErrors
{
    public static EngineApiException InvalidUri(InvalidUriException invalid) =>
        Refuse(Status400BadRequest, ApiErrorCodes.InvalidUri, invalid.Message);

    public static EngineApiException InvalidRequest(string message) =>
        Refuse(Status400BadRequest, ApiErrorCodes.InvalidRequest, message);

    public static EngineApiException UnknownHub(string hid, string servedHid) =>
        Refuse(Status404NotFound, ApiErrorCodes.UnknownHub, $"hub {hid} is not served here (this node is hub {servedHid})");

    public static EngineApiException UnknownService(string sid) =>
        Refuse(Status404NotFound, ApiErrorCodes.UnknownService, $"service {sid} does not exist");

    public static EngineApiException UnknownProfile(string sid, string pid) =>
        Refuse(Status400BadRequest, ApiErrorCodes.UnknownProfile, $"service {sid} has no object profile with PID {pid}");

    public static EngineApiException ObjectNotFound(MobiusUri uri) =>
        Refuse(Status404NotFound, ApiErrorCodes.ObjectNotFound, $"object {uri} does not exist");

    public static EngineApiException ResourceNotFound(MobiusUri uri) =>
        Refuse(Status404NotFound, ApiErrorCodes.ResourceNotFound, $"resource {uri} does not exist");

    public static EngineApiException ObjectExists(MobiusUri uri) =>
        Refuse(Status409Conflict, ApiErrorCodes.ObjectExists, $"object {uri} already exists");

    public static EngineApiException NoFreeInstance(MobiusUri profileUri) =>
        Refuse(Status409Conflict, ApiErrorCodes.NoFreeInstance, $"every instance of {profileUri} is taken");

    public static EngineApiException DuplicateUniqueValue(ResourceDefinition resource, string value, string sid) =>
        Refuse(Status409Conflict, ApiErrorCodes.DuplicateUniqueValue,
            $"{resource.Rid} {resource.Name} '{value}' is already used by another object of service {sid}");

    public static EngineApiException UnknownResource(string profileName, string rid) =>
        Refuse(Status400BadRequest, ApiErrorCodes.UnknownResource, $"profile {profileName} has no resource {rid}");

    public static EngineApiException DuplicateResource(string rid) =>
        Refuse(Status400BadRequest, ApiErrorCodes.DuplicateResource, $"resource {rid} is configured more than once");

    public static EngineApiException UnsupportedSetting(string rid, string setting) =>
        Refuse(Status400BadRequest, ApiErrorCodes.UnsupportedSetting, $"resource {rid}: setting '{setting}' cannot be configured; only 'pv' can");

    public static EngineApiException MissingValue(string rid) =>
        Refuse(Status400BadRequest, ApiErrorCodes.MissingValue, $"resource {rid}: settings.pv is missing");

    public static EngineApiException MissingRequiredResource(ResourceDefinition resource) =>
        Refuse(Status400BadRequest, ApiErrorCodes.MissingRequiredResource, $"{resource.Rid} {resource.Name} is required");

    public static EngineApiException WriteRejected(WriteRejection rejection) =>
        Refuse(Status400BadRequest, rejection.Reason, rejection.Message);

    public static EngineApiException InvalidCredentials() =>
        Refuse(Status401Unauthorized, ApiErrorCodes.InvalidCredentials, "unknown username or wrong password");

    public static EngineApiException InvalidRefreshToken() =>
        Refuse(Status401Unauthorized, ApiErrorCodes.InvalidRefreshToken, "the refresh token is invalid or has expired");

    public static ApiError Unauthorized() =>
        new(Status401Unauthorized, ApiErrorCodes.Unauthorized, "a valid bearer token is required");

    public static ApiError Forbidden(IEnumerable<string> allowedRoles) =>
        new(Status403Forbidden, ApiErrorCodes.Forbidden, $"this needs one of the roles: {string.Join(", ", allowedRoles)}");

    public static ApiError Internal() =>
        new(Status500InternalServerError, ApiErrorCodes.Internal, "the request failed; the error is logged");

    private static EngineApiException Refuse(int statusCode, string errorCode, string message) =>
        new(new ApiError(statusCode, errorCode, message));
}
