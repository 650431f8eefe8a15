using System.Threading.Channels;
using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Mqtt;

namespace Mobius.Micro.Cli.Simulate.Scheduling;

/// <summary>
/// Sends what the scheduler asks of one connector, in order: it builds each message when its turn
/// comes (so <c>seq</c> and <c>iat</c> follow the wire order) and starts its publish on the
/// connector's link. A bounded queue in between holds the scheduler back when the broker does not keep up.
/// </summary>
public sealed class ConnectorSender : IConnectorQueue
{
    private const int QueueCapacity = 4096;

    private readonly Channel<OutboundRequest> _requests = Channel.CreateBounded<OutboundRequest>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly SimulatedConnector _connector;
    private readonly ConnectorMqttLink _link;
    private readonly TimeProvider _clock;

    public ConnectorSender(SimulatedConnector connector, ConnectorMqttLink link, TimeProvider clock)
    {
        _connector = connector;
        _link = link;
        _clock = clock;
    }

    public ValueTask RequestAsync(OutboundRequest request, CancellationToken cancellationToken) =>
        _requests.Writer.TryWrite(request) ? ValueTask.CompletedTask : _requests.Writer.WriteAsync(request, cancellationToken);

    /// <summary>No more requests: <see cref="RunAsync"/> ends once the queue is empty and every publish has its outcome.</summary>
    public void Complete() => _requests.Writer.TryComplete();

    /// <summary>Sends until <see cref="Complete"/> and the queue is empty, then waits for every outcome.</summary>
    public async Task RunAsync()
    {
        await foreach (var request in _requests.Reader.ReadAllAsync())
        {
            var now = _clock.GetUtcNow();
            var message = request == OutboundRequest.Up ? _connector.NextUp(now) : _connector.Heartbeat(now);
            await _link.StartPublishAsync(message, CancellationToken.None);
        }

        await _link.WaitForOutcomesAsync();
    }
}
