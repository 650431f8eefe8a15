using Mobius.Micro.Cli.Simulate.Connectors;

namespace Mobius.Micro.Cli.Simulate.Mqtt;

/// <summary>
/// Connects every simulated connector (each with its last will signed at connect, then its retained
/// online <c>status</c>), and disconnects them at the end so that the broker publishes their last wills.
/// </summary>
public sealed class SiteConnections(BrokerSettings broker, int maxInFlight, IPublishObserver observer, TimeProvider clock) : IDisposable
{
    private const int ParallelConnects = 32;

    private readonly List<ConnectedConnector> _connected = [];

    public IReadOnlyList<ConnectedConnector> Connected => _connected;

    /// <summary>Connects all, in the order given; on failure the ones already connected stay in <see cref="Connected"/> for <see cref="DisconnectAllAsync"/>.</summary>
    /// <exception cref="BrokerConnectionException">A connector could not connect.</exception>
    public async Task ConnectAllAsync(IReadOnlyList<SimulatedConnector> connectors, CancellationToken cancellationToken)
    {
        var connected = new ConnectedConnector?[connectors.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, connectors.Count),
                new ParallelOptions { MaxDegreeOfParallelism = ParallelConnects, CancellationToken = cancellationToken },
                async (index, token) =>
                {
                    var connection = connected[index] = await ConnectAsync(connectors[index], token);
                    await connection.Link.StartPublishAsync(connection.Connector.Online(clock.GetUtcNow()), token);
                });
        }
        finally
        {
            _connected.AddRange(connected.OfType<ConnectedConnector>());
        }
    }

    /// <summary>Disconnects every connected connector with its last will; the observer hears of each will the broker was asked to publish.</summary>
    public async Task DisconnectAllAsync()
    {
        await Parallel.ForEachAsync(
            _connected,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelConnects },
            async (connected, token) =>
            {
                PublishOutcome outcome;
                try
                {
                    await connected.Link.DisconnectWithLastWillAsync(token);
                    outcome = PublishOutcome.Success;
                }
                catch (Exception failure)
                {
                    outcome = PublishOutcome.Failed(failure.Message);
                }

                observer.Published(connected.LastWill, outcome);
            });
    }

    public void Dispose()
    {
        foreach (var connected in _connected)
        {
            connected.Link.Dispose();
        }
    }

    private async Task<ConnectedConnector> ConnectAsync(SimulatedConnector connector, CancellationToken cancellationToken)
    {
        var lastWill = connector.LastWill(clock.GetUtcNow());
        try
        {
            var link = await ConnectorMqttLink.ConnectAsync(broker, lastWill, maxInFlight, observer, cancellationToken);
            return new ConnectedConnector(connector, link, lastWill);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            throw new BrokerConnectionException($"{connector.Serial} cannot connect to {broker.Endpoint}: {failure.Message}", failure);
        }
    }
}
