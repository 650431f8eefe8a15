using MassTransit;

namespace Mobius.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Waiting for the bus to have started, for background work that asks another service at once: a
/// request sent earlier has no queue for its answer to come back to and waits for its timeout.
/// </summary>
public static class BusStart
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static async Task UntilStartedAsync(this IBusControl bus, TimeProvider clock, CancellationToken cancellationToken)
    {
        while (bus.CheckHealth().Status == BusHealthStatus.Unhealthy)
        {
            await Task.Delay(Poll, clock, cancellationToken);
        }
    }
}
