using Mobius.Micro.Cli.Simulate.Connectors;
using MQTTnet;
using MQTTnet.Protocol;

namespace Mobius.Micro.Cli.Simulate.Mqtt;

/// <summary>
/// A simulated connector's own MQTT client. Publishes at QoS 1 without waiting for each
/// acknowledgement: up to a bounded number are in flight (the lower of the simulator's limit and the
/// broker's receive maximum). Publishes leave in the order they are started, so <c>seq</c> rises
/// on the wire as the connector signed it.
/// </summary>
public sealed class ConnectorMqttLink : IDisposable
{
    private readonly IMqttClient _client;
    private readonly IPublishObserver _observer;
    private readonly SemaphoreSlim _inFlight;
    private readonly int _inFlightLimit;

    private ConnectorMqttLink(IMqttClient client, IPublishObserver observer, int inFlightLimit)
    {
        _client = client;
        _observer = observer;
        _inFlightLimit = inFlightLimit;
        _inFlight = new SemaphoreSlim(inFlightLimit, inFlightLimit);
    }

    /// <summary>Connects with <paramref name="lastWill"/> as the will; the broker publishes it if the connection is lost.</summary>
    public static async Task<ConnectorMqttLink> ConnectAsync(
        BrokerSettings broker, OutgoingMessage lastWill, int inFlightLimit, IPublishObserver observer, CancellationToken cancellationToken)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        try
        {
            var connected = await client.ConnectAsync(ConnectorConnectOptions.Build(broker, lastWill), cancellationToken);
            var brokerLimit = connected.ReceiveMaximum is { } receiveMaximum and > 0 ? receiveMaximum : ushort.MaxValue;
            return new ConnectorMqttLink(client, observer, Math.Min(inFlightLimit, brokerLimit));
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Waits for room in the in-flight window, then starts the publish and returns; the observer hears
    /// the outcome later. Call it from one task at a time: the call order is the order on the wire.
    /// </summary>
    public async ValueTask StartPublishAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken);
        _ = PublishAsync(message);
    }

    /// <summary>Waits until every started publish has its outcome.</summary>
    public async Task WaitForOutcomesAsync()
    {
        for (var slot = 0; slot < _inFlightLimit; slot++)
        {
            await _inFlight.WaitAsync();
        }

        _inFlight.Release(_inFlightLimit);
    }

    /// <summary>
    /// Disconnects so that the broker publishes the last will (MQTT v5 reason "disconnect with will
    /// message"), as when a real connector goes away: the retained status becomes <c>online:false</c>.
    /// </summary>
    public async Task DisconnectWithLastWillAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync(
                new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.DisconnectWithWillMessage).Build(),
                cancellationToken);
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _inFlight.Dispose();
    }

    private async Task PublishAsync(OutgoingMessage message)
    {
        try
        {
            _observer.Published(message, await AcknowledgementAsync(message));
        }
        finally
        {
            _inFlight.Release();
        }
    }

    private async Task<PublishOutcome> AcknowledgementAsync(OutgoingMessage message)
    {
        try
        {
            var result = await _client.PublishAsync(ToApplicationMessage(message));
            return result.IsSuccess ? PublishOutcome.Success : PublishOutcome.Failed(result.ReasonCode.ToString());
        }
        catch (Exception failure)
        {
            return PublishOutcome.Failed(failure.Message);
        }
    }

    private static MqttApplicationMessage ToApplicationMessage(OutgoingMessage message) =>
        new MqttApplicationMessageBuilder()
            .WithTopic(message.Topic)
            .WithPayload(message.Payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(message.Retain)
            .Build();
}
