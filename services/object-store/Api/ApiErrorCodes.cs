namespace Mobius.Micro.ObjectStore.Api;

/// <summary>
/// The <c>errorCode</c>s of the Engine API besides the write rejection reasons of the object model
/// (<c>wrong_type</c>, <c>read_only</c>, <c>below_min</c>, ...), which it answers as they are.
/// </summary>
public static class ApiErrorCodes
{
    public const string InvalidUri = "invalid_uri";
    public const string InvalidRequest = "invalid_request";
    public const string UnknownHub = "unknown_hub";
    public const string UnknownService = "unknown_service";
    public const string UnknownProfile = "unknown_profile";
    public const string ObjectNotFound = "object_not_found";
    public const string ResourceNotFound = "resource_not_found";
    public const string ObjectExists = "object_exists";
    public const string NoFreeInstance = "no_free_instance";
    public const string DuplicateUniqueValue = "duplicate_unique_value";
    public const string UnknownResource = "unknown_resource";
    public const string DuplicateResource = "duplicate_resource";
    public const string UnsupportedSetting = "unsupported_setting";
    public const string MissingValue = "missing_value";
    public const string MissingRequiredResource = "missing_required_resource";
    public const string Unauthorized = "unauthorized";
    public const string InvalidCredentials = "invalid_credentials";
    public const string InvalidRefreshToken = "invalid_refresh_token";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string HttpError = "http_error";
    public const string Internal = "internal";
}
