using System.Threading.Channels;
using Mobius.Micro.ObjectModel.Uris;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// One websocket client's state: its subscriptions and its queue of messages to send. Messages are
/// sent in queue order by one loop; when a slow client lets the queue fill, the oldest queued
/// messages are dropped and <paramref name="dropped"/> is told.
/// </summary>
public sealed class SubscriptionSession(int capacity, Action dropped)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Subscription> subscriptions = new(StringComparer.Ordinal);
    private Subscription[] snapshot = [];

    private readonly Channel<string> outgoing = Channel.CreateBounded<string>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
        _ => dropped());

    public ChannelReader<string> Outgoing => outgoing.Reader;

    public int Count => snapshot.Length;

    /// <summary>Whether the client has authorized; until then it gets no events.</summary>
    public bool Authorized
    {
        get => Volatile.Read(ref authorized);
        set => Volatile.Write(ref authorized, value);
    }

    private bool authorized;

    public bool Contains(Subscription subscription) => Array.Exists(snapshot, held => held.Key == subscription.Key);

    /// <summary>Queues a message; false once the session is closing.</summary>
    public bool Send(string message) => outgoing.Writer.TryWrite(message);

    /// <summary>The close frame to send once the queued messages are out, if the server closes.</summary>
    public (System.Net.WebSockets.WebSocketCloseStatus Status, string Reason)? CloseRequest { get; private set; }

    /// <summary>Sends what is queued, then closes with <paramref name="status"/> (the first close asked for wins).</summary>
    public void Close(System.Net.WebSockets.WebSocketCloseStatus status, string reason)
    {
        lock (gate)
        {
            CloseRequest ??= (status, reason);
        }

        outgoing.Writer.TryComplete();
    }

    public bool Add(Subscription subscription)
    {
        lock (gate)
        {
            if (!subscriptions.TryAdd(subscription.Key, subscription))
            {
                return false;
            }

            snapshot = [.. subscriptions.Values];
            return true;
        }
    }

    public bool Remove(Subscription subscription)
    {
        lock (gate)
        {
            if (!subscriptions.Remove(subscription.Key))
            {
                return false;
            }

            snapshot = [.. subscriptions.Values];
            return true;
        }
    }

    public bool Wants(SubscriptionType type) => Array.Exists(snapshot, subscription => subscription.Type == type);

    public bool Matches(SubscriptionType type, MobiusUri uri) =>
        Array.Exists(snapshot, subscription => subscription.Type == type && subscription.Pattern.Matches(uri));
}
