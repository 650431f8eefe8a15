using System.Net.WebSockets;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>A connection that does not authorize in time is closed (here after 1 s instead of 10 s).</summary>
public sealed class SubscriptionTimeoutTests : IAsyncLifetime
{
    private IsolatedStore store = null!;

    public async Task InitializeAsync() => store = await IsolatedStore.StartAsync(new Dictionary<string, string?> { ["Subscriptions:AuthorizeTimeout"] = "00:00:01" });

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Without_authorize_the_server_closes_the_connection()
    {
        await using var client = await SubscriptionClient.ConnectAsync(store.Factory);
        Assert.Equal("connected", (string?)(await client.ReceiveAsync())?["topic"]);

        var next = await client.ReceiveAsync(TimeSpan.FromSeconds(5));

        Assert.Null(next);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, client.Socket.CloseStatus);
        Assert.Contains("authorize", client.Socket.CloseStatusDescription, StringComparison.Ordinal);
    }
}
