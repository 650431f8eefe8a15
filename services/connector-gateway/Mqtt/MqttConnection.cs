using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Topics;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Mobius.Micro.ConnectorGateway.Mqtt;

/// <summary>The gateway's one MQTT v5 client: how it connects and what it subscribes to.</summary>
public sealed class MqttConnection(IOptions<MqttOptions> options, ConnectorTopicLayout topics) : IDisposable
{
    public IMqttClient Client { get; } = new MqttClientFactory().CreateMqttClient();

    public MqttOptions Options { get; } = options.Value;

    /// <summary>The filter for every connector's <c>up</c> topic, shared between replicas when a group is configured.</summary>
    public string UplinkFilter => Options.SharedSubscriptionGroup is { Length: > 0 } group
        ? topics.SharedSubscriptionFilter(group, MessageKind.Up)
        : topics.SubscriptionFilter(MessageKind.Up);

    public async Task ConnectAndSubscribeAsync(CancellationToken cancellationToken)
    {
        var connect = new MqttClientOptionsBuilder()
            .WithTcpServer(Options.Host, Options.Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId(Options.ClientId)
            .WithCleanStart(false)
            .WithSessionExpiryInterval((uint)Options.SessionExpirySeconds)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (Options.Username is { Length: > 0 })
        {
            connect.WithCredentials(Options.Username, Options.Password);
        }

        if (Options.UseTls)
        {
            connect.WithTlsOptions(tls =>
            {
                tls.UseTls();
                if (Options.CaCertificatePath is { Length: > 0 } caPath)
                {
                    var authority = X509CertificateLoader.LoadCertificateFromFile(caPath);
                    tls.WithTrustChain([authority]);
                }
            });
        }

        await Client.ConnectAsync(connect.Build(), cancellationToken);
        var subscribe = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(filter => filter.WithTopic(UplinkFilter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
            .Build();
        await Client.SubscribeAsync(subscribe, cancellationToken);
    }

    public async Task DisconnectAsync(CancellationToken cancellationToken)
    {
        if (Client.IsConnected)
        {
            await Client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), cancellationToken);
        }
    }

    public void Dispose() => Client.Dispose();
}
