using System.Threading.Channels;
using Mobius.Micro.ObjectStore.Telemetry;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// Delivers what happened to this replica's subscribers, off the write path: writers enqueue and
/// go on; one loop builds the events and queues them on each session. With no session connected
/// nothing is even queued. If delivery falls far behind, the oldest pending work is dropped (counted).
/// </summary>
public sealed partial class SubscriptionDispatcher(
    SubscriptionSessions sessions, SubscriptionEvents events, ObjectStoreMetrics metrics, ILogger<SubscriptionDispatcher> logger) : BackgroundService
{
    private const int Capacity = 10_000;

    private readonly Channel<HubEvent> pending = Channel.CreateBounded<HubEvent>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
        _ => metrics.SubscriptionEventsDropped("dispatcher_full"));

    public void Enqueue(HubEvent hubEvent)
    {
        if (!sessions.IsEmpty)
        {
            pending.Writer.TryWrite(hubEvent);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var hubEvent in pending.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await events.DeliverAsync(hubEvent, sessions, stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogDeliveryFailed(failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver subscription events")]
    private partial void LogDeliveryFailed(Exception failure);
}
