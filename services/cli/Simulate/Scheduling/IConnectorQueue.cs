namespace Mobius.Micro.Cli.Simulate.Scheduling;

/// <summary>Where the scheduler puts what one connector is to send next.</summary>
public interface IConnectorQueue
{
    /// <summary>Queues the request; waits while the queue is full.</summary>
    ValueTask RequestAsync(OutboundRequest request, CancellationToken cancellationToken);
}
