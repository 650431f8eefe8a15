using MassTransit;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ConnectorGateway.Downlink;

/// <summary>Every gateway replica hears every downlink acknowledgement (an endpoint of its own) and completes the ones it waits for.</summary>
public sealed class DownlinkAcknowledgedConsumer(PendingDownlinks pending) : IConsumer<DownlinkAcknowledged>
{
    public Task Consume(ConsumeContext<DownlinkAcknowledged> context)
    {
        pending.Complete(context.Message);
        return Task.CompletedTask;
    }
}
