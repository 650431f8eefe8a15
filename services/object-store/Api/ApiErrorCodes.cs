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
    public const string TooManyRequests = "too_many_requests";
    public const string Unavailable = "unavailable";
    public const string NotCreatable = "not_creatable";
    public const string ProtectedObject = "protected_object";
    public const string ProfileNotFound = "profile_not_found";
    public const string InvalidTime = "invalid_time";
    public const string WebSocketRequired = "websocket_required";
    public const string UserExists = "user_exists";
    public const string UserNotFound = "user_not_found";
    public const string LastAdmin = "last_admin";
    public const string UnknownCommand = "unknown_command";
    public const string NotInvocable = "not_invocable";
    public const string InvalidConnectorUri = "invalid_connector_uri";
    public const string ConnectorUnknown = "connector_unknown";
    public const string ConnectorOffline = "connector_offline";
    public const string NoEnOceanModule = "no_enocean_module";
    public const string InvalidPacket = "invalid_packet";
    public const string DownlinkRejected = "downlink_rejected";
    public const string DownlinkFailed = "downlink_failed";
    public const string DownlinkTimeout = "downlink_timeout";
    public const string GatewayTimeout = "gateway_timeout";
    public const string InvalidBackup = "invalid_backup";
    public const string MissingSecret = "missing_secret";
    public const string Internal = "internal";
}
