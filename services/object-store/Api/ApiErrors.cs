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

    public static ApiError TooManyRequests(string what) =>
        new(Status429TooManyRequests, ApiErrorCodes.TooManyRequests, $"too many {what}; try again later");

    public static EngineApiException NotCreatable(ObjectModel.Profiles.ObjectProfile profile) =>
        Refuse(Status400BadRequest, ApiErrorCodes.NotCreatable, $"objects of profile {profile.ProfileName} ({profile.Pid}) are kept by the store itself and cannot be created");

    public static EngineApiException ProtectedObject(MobiusUri uri) =>
        Refuse(Status409Conflict, ApiErrorCodes.ProtectedObject, $"{uri} is a service's status object and cannot be deleted");

    public static EngineApiException ProfileNotFound(string what) =>
        Refuse(Status404NotFound, ApiErrorCodes.ProfileNotFound, $"no object profile {what}");

    public static EngineApiException InvalidTime(string parameter, string value) =>
        Refuse(Status400BadRequest, ApiErrorCodes.InvalidTime, $"{parameter} '{value}' is not an ISO-8601 time with offset, e.g. 2025-11-25T10:00:00.000Z");

    public static EngineApiException WebSocketRequired() =>
        Refuse(Status400BadRequest, ApiErrorCodes.WebSocketRequired, "this endpoint upgrades to a websocket; connect with a websocket client");

    public static EngineApiException Refuse(int statusCode, string errorCode, string message) =>
        EngineApiException.Of(statusCode, errorCode, message);
}
