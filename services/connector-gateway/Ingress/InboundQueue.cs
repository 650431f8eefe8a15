using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Mobius.Micro.ConnectorGateway.Ingress;

/// <summary>
/// Bounded hand-over between the MQTT receive callback and the uplink processor. When it is full
/// the callback waits, so the broker stops delivering instead of the gateway growing without bound.
/// </summary>
public sealed class InboundQueue(IOptions<GatewayOptions> options)
{
    private readonly Channel<InboundMessage> _channel = Channel.CreateBounded<InboundMessage>(
        new BoundedChannelOptions(options.Value.InboundQueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

    public ChannelReader<InboundMessage> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(InboundMessage message, CancellationToken cancellationToken) =>
        _channel.Writer.WriteAsync(message, cancellationToken);

    public int Count => _channel.Reader.Count;
}
