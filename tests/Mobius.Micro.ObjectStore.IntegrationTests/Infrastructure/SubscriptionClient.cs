using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>A client of the subscription websocket: send JSON messages, receive them, wait for one.</summary>
public sealed class SubscriptionClient(WebSocket socket) : IAsyncDisposable
{
    public WebSocket Socket => socket;

    public static async Task<SubscriptionClient> ConnectAsync<T>(WebApplicationFactory<T> factory) where T : class
    {
        var client = factory.Server.CreateWebSocketClient();
        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "api/v1/mobius/subscribe/connect"), CancellationToken.None);
        return new SubscriptionClient(socket);
    }

    /// <summary>Connects, checks the <c>connected</c> greeting, authorizes with <paramref name="token"/> and checks <c>authorized</c>.</summary>
    public static async Task<SubscriptionClient> AuthorizedAsync<T>(WebApplicationFactory<T> factory, string token) where T : class
    {
        var client = await ConnectAsync(factory);
        Assert.Equal("connected", (string?)(await client.ReceiveAsync())?["topic"]);
        await client.SendAsync(new JsonObject { ["topic"] = "authorize", ["payload"] = $"Bearer {token}" });
        var answer = await client.ReceiveAsync();
        Assert.True((string?)answer?["topic"] == "authorized", answer?.ToJsonString() ?? "closed");
        return client;
    }

    public Task SendAsync(JsonNode message) => SendTextAsync(message.ToJsonString());

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>Subscribes and checks the echo.</summary>
    public async Task SubscribeAsync(string type, string uri)
    {
        await SendAsync(new JsonObject { ["topic"] = "subscribe", ["payload"] = new JsonObject { ["type"] = type, ["uri"] = uri } });
        var echo = await WaitForAsync(message => (string?)message["topic"] == "subscribe");
        Assert.Equal(type, (string?)echo?["payload"]?["type"]);
    }

    /// <summary>The next message, or null when the server closed the socket (or nothing came within <paramref name="timeout"/>: throws).</summary>
    public async Task<JsonNode?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var buffer = new byte[1 << 20];
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellation.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, length));
            }
        }
    }

    /// <summary>Skips messages until one matches; null if the socket closes first.</summary>
    public async Task<JsonNode?> WaitForAsync(Func<JsonNode, bool> matches, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("no matching message");
            }

            var message = await ReceiveAsync(left);
            if (message is null || matches(message))
            {
                return message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception closing) when (closing is WebSocketException or OperationCanceledException)
            {
                // Already gone.
            }
        }

        socket.Dispose();
    }
}
