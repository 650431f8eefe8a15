using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Topics;
using MQTTnet;
using MQTTnet.Protocol;

namespace Mobius.Micro.ConnectorGateway.Mqtt;

/// <summary>The gateway's one MQTT v5 client: how it connects, what it subscribes to, what it publishes.</summary>
public sealed class MqttConnection(IOptions<MqttOptions> options, IOptions<GatewayOptions> gateway, ConnectorTopicLayout topics) : IDisposable
{
    public IMqttClient Client { get; } = new MqttClientFactory().CreateMqttClient();

    public MqttOptions Options { get; } = options.Value;

    /// <summary>What connectors publish and the gateway reads.</summary>
    public static readonly MessageKind[] InboundKinds = [MessageKind.Up, MessageKind.Status, MessageKind.Ack];

    /// <summary>The filter for every connector's topic of one kind, shared between replicas when a group is configured.</summary>
    public string Filter(MessageKind kind) => Options.SharedSubscriptionGroup is { Length: > 0 } group
        ? topics.SharedSubscriptionFilter(group, kind)
        : topics.SubscriptionFilter(kind);

    public async Task ConnectAndSubscribeAsync(CancellationToken cancellationToken)
    {
        var connect = BrokerClientOptions.Build(Options, session =>
        {
            session
                .WithClientId(Options.ClientId)
                .WithCleanStart(false)
                .WithSessionExpiryInterval((uint)Options.SessionExpirySeconds)
                // Flow control: the broker never has more unacknowledged messages out to the gateway than
                // its inbound queue holds, so the receive callback never waits and the session never stalls.
                .WithReceiveMaximum((ushort)gateway.Value.InboundQueueCapacity);
            if (Options.Username is { Length: > 0 })
            {
                session.WithCredentials(Options.Username, Options.Password);
            }
        });
        await Client.ConnectAsync(connect, cancellationToken);
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var kind in InboundKinds)
        {
            subscribe.WithTopicFilter(filter => filter.WithTopic(Filter(kind)).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce));
        }

        var subscribed = await Client.SubscribeAsync(subscribe.Build(), cancellationToken);
        if (subscribed.Items.FirstOrDefault(item => item.ResultCode > MqttClientSubscribeResultCode.GrantedQoS2) is { } refused)
        {
            await Client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), cancellationToken);
            throw new InvalidOperationException($"the broker refused the subscription {refused.TopicFilter.Topic}: {refused.ResultCode}");
        }
    }

    /// <summary>Publishes a signed <c>down</c> message to one connector (QoS 1, not retained).</summary>
    public Task PublishDownAsync(string serial, string signedMessage, CancellationToken cancellationToken) =>
        Client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topics.Format(new ConnectorTopic(ConnectorSerial.Parse(serial), MessageKind.Down)))
            .WithPayload(signedMessage)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build(), cancellationToken);

    public async Task DisconnectAsync(CancellationToken cancellationToken)
    {
        if (Client.IsConnected)
        {
            await Client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), cancellationToken);
        }
    }

    public void Dispose() => Client.Dispose();
}
