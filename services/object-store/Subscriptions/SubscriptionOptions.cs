using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>The subscription websocket, section <c>Subscriptions</c>.</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>How long a new connection may take to send its <c>authorize</c> message before it is closed (MobiusFlow: 10 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "must be 1 s .. 10 min")]
    public TimeSpan AuthorizeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Subscriptions one connection may hold at once.</summary>
    [Range(1, 100_000)]
    public int MaxSubscriptionsPerConnection { get; set; } = 1_000;

    /// <summary>Events queued for one connection; when a slow client lets more pile up, the oldest are dropped (and counted).</summary>
    [Range(16, 1_000_000)]
    public int SendQueueCapacity { get; set; } = 10_000;

    /// <summary>Largest message a client may send, in bytes; a larger one closes the connection.</summary>
    [Range(256, 1_048_576)]
    public int MaxClientMessageBytes { get; set; } = 65_536;

    /// <summary>
    /// Publish the changes this replica writes on the bus so other replicas' subscribers hear them
    /// too. Off only makes sense with a single replica.
    /// </summary>
    public bool FanOutAcrossReplicas { get; set; } = true;
}
