using System.Threading.Channels;
using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.Telemetry;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// Publishes the changes this replica wrote as <see cref="ResourceValuesChanged"/>, so the
/// subscribers of other replicas hear them. Runs in the background: changes written close together
/// go out in one message (up to <see cref="MaxResourcesPerMessage"/>), and a bus that is down never
/// slows a write. Notifications are best effort: those pending when the process stops are lost.
/// </summary>
public sealed partial class ReplicaFanOut(
    IBus bus, ObjectStoreInstance instance, IOptions<SubscriptionOptions> options, ObjectStoreMetrics metrics, ILogger<ReplicaFanOut> logger)
    : BackgroundService
{
    public const int MaxResourcesPerMessage = 1_000;

    private readonly Channel<IReadOnlyList<ChangedResource>> pending = Channel.CreateBounded<IReadOnlyList<ChangedResource>>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
        _ => metrics.SubscriptionEventsDropped("fan_out_full"));

    public void Enqueue(IReadOnlyList<ChangedResource> changes)
    {
        if (options.Value.FanOutAcrossReplicas)
        {
            pending.Writer.TryWrite(changes);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ChangedResource>(MaxResourcesPerMessage);
        while (await pending.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxResourcesPerMessage && pending.Reader.TryRead(out var changes))
            {
                batch.AddRange(changes);
            }

            try
            {
                await bus.Publish(new ResourceValuesChanged { Origin = instance.Id, Resources = [.. batch] }, stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                metrics.SubscriptionEventsDropped("fan_out_failed");
                LogPublishFailed(batch.Count, failure.Message);
            }

            batch.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell other replicas about {Count} changed resources: {Reason}")]
    private partial void LogPublishFailed(int count, string reason);
}
