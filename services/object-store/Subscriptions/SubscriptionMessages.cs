using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// The JSON messages the server sends on the subscription websocket: <c>connected</c>,
/// <c>authorized</c>, echoes of <c>subscribe</c>/<c>unsubscribe</c>, <c>error</c>,
/// <c>unauthorized</c>, and events <c>{"timestamp","topic","payload":{"uri","value"}}</c>.
/// </summary>
public static class SubscriptionMessages
{
    /// <summary>Web naming; <c>+</c>, <c>#</c> and other ASCII as written (the messages never end up inside HTML).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Connected() => Topic("connected", new JsonObject());

    public static string Authorized() => Topic("authorized", new JsonObject());

    public static string Echo(string topic, SubscriptionType type, string uri) =>
        Topic(topic, new JsonObject { ["type"] = type.Name(), ["uri"] = uri });

    public static string Error(string errorCode, string message) =>
        Topic("error", new JsonObject { ["errorCode"] = errorCode, ["message"] = message });

    public static string Unauthorized(string errorCode, string message) =>
        Topic("unauthorized", new JsonObject { ["errorCode"] = errorCode, ["message"] = message });

    public static string Event<T>(string timestamp, SubscriptionType type, string uri, T value) =>
        JsonSerializer.Serialize(new EventMessage<T>(timestamp, type.Name(), new EventPayload<T>(uri, value)), Json);

    private static string Topic(string topic, JsonNode payload) =>
        new JsonObject { ["topic"] = topic, ["payload"] = payload }.ToJsonString(Json);

    private sealed record EventMessage<T>(string Timestamp, string Topic, EventPayload<T> Payload);

    private sealed record EventPayload<T>(string Uri, T Value);
}
