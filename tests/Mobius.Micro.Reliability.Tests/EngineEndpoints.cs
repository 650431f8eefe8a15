namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// Every Engine API v1 endpoint with the role it needs (admin passes every one), written from the
/// Engine API's description, not read from the store; a test checks that the store's OpenAPI
/// document lists no endpoint missing here.
/// </summary>
public static class EngineEndpoints
{
    public const string Anonymous = "anonymous";

    /// <summary>The subscription websocket: open to anyone over HTTP, its handshake checks the token and the <c>subscribe</c> role itself.</summary>
    public const string WebSocketHandshake = "websocket handshake";

    public static readonly (string Method, string Template, string Role)[] All =
    [
        ("POST", "/api/v1/auth/login", Anonymous),
        ("POST", "/api/v1/auth/refresh", Anonymous),
        ("GET", "/api/v1/openapi.json", Anonymous),
        ("POST", "/api/v1/auth/user", "admin"),
        ("GET", "/api/v1/auth/user/{username}", "admin"),
        ("GET", "/api/v1/auth/users", "admin"),
        ("GET", "/api/v1/auth/user/roles/{id}", "admin"),
        ("PATCH", "/api/v1/auth/user/roles/{id}", "admin"),
        ("PATCH", "/api/v1/auth/user/password/{id}", "admin"),
        ("DELETE", "/api/v1/auth/user/{id}", "admin"),
        ("GET", "/api/v1/mobius/discover/{hid}", "read"),
        ("GET", "/api/v1/mobius/discover/{hid}/{sid}", "read"),
        ("GET", "/api/v1/mobius/discover/{hid}/{sid}/{pid}", "read"),
        ("GET", "/api/v1/mobius/discover/{hid}/{sid}/{pid}/{ins}", "read"),
        ("GET", "/api/v1/mobius/discover/{hid}/{sid}/{pid}/{ins}/{rid}", "read"),
        ("GET", "/api/v1/mobius/object/{hid}/{sid}/{pid}/{ins}", "read"),
        ("GET", "/api/v1/mobius/object/resource/{hid}/{sid}/{pid}/{ins}/{rid}", "read"),
        ("GET", "/api/v1/mobius/object/config/{hid}/{sid}/{pid}/{ins}", "read"),
        ("GET", "/api/v1/mobius/service/config/{hid}/{sid}", "read"),
        ("GET", "/api/v1/mobius/node/config/{hid}", "read"),
        ("GET", "/api/v1/mobius/node/healthcheck/{hid}", "read"),
        ("GET", "/api/v1/mobius/profile/object/{hid}", "read"),
        ("GET", "/api/v1/mobius/profile/object/{hid}/{pid}", "read"),
        ("GET", "/api/v1/mobius/profile/object/by-name/{hid}/{profileName}", "read"),
        ("GET", "/api/v1/mobius/profile/command/{hid}", "read"),
        ("GET", "/api/v1/mobius/history/{hid}/{sid}/{pid}/{ins}/{rid}", "read"),
        ("PATCH", "/api/v1/mobius/object/resource/{hid}/{sid}/{pid}/{ins}/{rid}", "write"),
        ("PATCH", "/api/v1/mobius/object/resource/{hid}/{sid}/{pid}/{ins}", "write"),
        ("PATCH", "/api/v1/mobius/object/resource/clear/{hid}/{sid}/{pid}/{ins}/{rid}", "write"),
        ("POST", "/api/v1/mobius/command/{cid}", "write"),
        ("POST", "/api/v1/mobius/object/{hid}/{sid}/{pid}", "configure"),
        ("POST", "/api/v1/mobius/object/{hid}/{sid}/{pid}/{ins}", "configure"),
        ("DELETE", "/api/v1/mobius/object/{hid}/{sid}/{pid}/{ins}", "configure"),
        ("PATCH", "/api/v1/mobius/object/config/{hid}/{sid}/{pid}/{ins}", "configure"),
        ("POST", "/api/v1/mobius/object/clone/{hid}/{sid}/{pid}/{ins}", "configure"),
        ("PATCH", "/api/v1/mobius/service/config/{hid}/{sid}", "configure"),
        ("POST", "/api/v1/mobius/service/start/{hid}/{sid}", "configure"),
        ("POST", "/api/v1/mobius/service/stop/{hid}/{sid}", "configure"),
        ("POST", "/api/v1/mobius/service/reload/{hid}/{sid}", "configure"),
        ("GET", "/api/v1/mobius/node/backup/{hid}", "configure"),
        ("POST", "/api/v1/mobius/node/restore/{hid}", "configure"),
        ("GET", "/api/v1/mobius/subscribe/connect", WebSocketHandshake),
    ];

    /// <summary>The template with real-looking values: the hub, the connectors service, a connector object, a user.</summary>
    public static string Path(string template) => template
        .Replace("{hid}", "000001", StringComparison.Ordinal).Replace("{sid}", "021", StringComparison.Ordinal)
        .Replace("{pid}", "FFC0", StringComparison.Ordinal).Replace("{ins}", "0001", StringComparison.Ordinal)
        .Replace("{rid}", "0B", StringComparison.Ordinal).Replace("{cid}", "ENOCEAN_RADIO_TX", StringComparison.Ordinal)
        .Replace("{username}", "attack-read", StringComparison.Ordinal).Replace("{id}", "attack-read", StringComparison.Ordinal)
        .Replace("{profileName}", "mobiusFlowConnector", StringComparison.Ordinal);

    /// <summary>Whether a user with only <paramref name="role"/> may call an endpoint that needs <paramref name="needed"/>.</summary>
    public static bool Allows(string role, string needed) => needed == Anonymous || role == "admin" || role == needed;

    /// <summary>The endpoints the object store's authorization guards over plain HTTP.</summary>
    public static IEnumerable<(string Method, string Template, string Role)> Protected =>
        All.Where(endpoint => endpoint.Role is not (Anonymous or WebSocketHandshake));
}
