using System.Text.Json;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>A message from a subscription client, <c>{"topic":"...","payload":...}</c>.</summary>
public sealed record ClientMessage(string Topic, JsonElement Payload)
{
    /// <summary>The message, or <see langword="null"/> when the text is not a JSON object with a string <c>topic</c>.</summary>
    public static ClientMessage? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("topic", out var topic) || topic.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            return new ClientMessage(topic.GetString()!, root.TryGetProperty("payload", out var payload) ? payload.Clone() : default);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
