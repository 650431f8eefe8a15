using MassTransit;
using MassTransit.RabbitMqTransport.Configuration;

namespace Mobius.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Every durable queue is a quorum queue. A classic queue that stops while its node shuts down
/// confirms the messages published to it that it never stored (RabbitMQ settles them as if
/// delivered), so a publisher that waits for the confirm still loses them; a quorum queue confirms
/// only what its log holds, and the publisher sees the connection close instead and publishes again
/// (decision 0009). Temporary queues (one per replica, deleted with it) stay classic.
/// </summary>
public static class QueueType
{
    public static void Apply(IReceiveEndpointConfigurator endpoint)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfiguration { Settings: { Durable: true, AutoDelete: false, Exclusive: false } }
            && endpoint is IRabbitMqReceiveEndpointConfigurator queue)
        {
            queue.SetQuorumQueue();
        }
    }
}
