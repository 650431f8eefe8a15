using Mobius.Micro.Bench.Pipeline.Measuring;
using Mobius.Micro.Bench.Pipeline.Telegrams;
using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Mqtt;
using Mobius.Micro.Cli.Simulate.Scheduling;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Topics;

namespace Mobius.Micro.Bench.Pipeline.Site;

/// <summary>
/// The simulated connectors of <c>mobius simulate</c> (its signer, MQTT links with their QoS 1
/// in-flight windows, rate schedule and senders), each hearing <see cref="SequencedSensor"/>,
/// connected to one topic prefix. <see cref="SendAsync"/> offers a rate for a while.
/// </summary>
public sealed class BenchSite : IAsyncDisposable
{
    public const string Psk = "mobius-benchmark-connector-psk";
    public const string FirstSerial = "MF_5B0000";
    private static readonly TimeSpan NoHeartbeats = TimeSpan.FromDays(1);

    private readonly SiteConnections _connections;

    private BenchSite(SiteConnections connections, PublishTally tally)
    {
        _connections = connections;
        Tally = tally;
    }

    public PublishTally Tally { get; }

    public static IReadOnlyList<ConnectorSerial> Serials(int connectors) => ConnectorSerials.From(ConnectorSerial.Parse(FirstSerial), connectors);

    public static async Task<BenchSite> ConnectAsync(
        string mqtt, string topicPrefix, int connectors, int maxInFlight, SequencedTelegrams telegrams, TelegramLedger ledger)
    {
        var signer = new ConnectorMessageSigner();
        var topics = new ConnectorTopicLayout(topicPrefix);
        var none = new MisbehaviourFractions(0, 0, 0, 0, 0);
        var simulated = Serials(connectors).Select((serial, index) =>
        {
            var random = new Random(index);
            return new SimulatedConnector(
                serial,
                new ConnectorKeys(serial, Psk),
                [new SequencedSensor(telegrams, ledger)],
                ConnectorHardware.For(index, hasWorkOcc: false, random),
                new MisbehaviourPlan(none, random),
                random,
                signer,
                topics,
                DateTimeOffset.UtcNow);
        }).ToArray();
        var endpoint = BrokerEndpoint.TryParse($"mqtt://{mqtt}", out var parsed) ? parsed : throw new ArgumentException($"'{mqtt}' is not host:port");
        var tally = new PublishTally();
        var connections = new SiteConnections(new BrokerSettings(endpoint), maxInFlight, tally, TimeProvider.System);
        await connections.ConnectAllAsync(simulated, CancellationToken.None);
        return new BenchSite(connections, tally);
    }

    /// <summary>Offers <paramref name="rate"/> up messages per second for <paramref name="duration"/>; answers how many were handed out.</summary>
    public async Task<long> SendAsync(double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var senders = _connections.Connected.Select(connected => new ConnectorSender(connected.Connector, connected.Link, TimeProvider.System)).ToArray();
        var sending = senders.Select(sender => Task.Run(sender.RunAsync, CancellationToken.None)).ToArray();
        var handedOut = await new SimulationScheduler(new RateSchedule(rate, duration), NoHeartbeats, TimeProvider.System).RunAsync(senders, cancellationToken);
        foreach (var sender in senders)
        {
            sender.Complete();
        }

        await Task.WhenAll(sending);
        return handedOut;
    }

    public async ValueTask DisposeAsync()
    {
        await _connections.DisconnectAllAsync();
        _connections.Dispose();
    }
}
