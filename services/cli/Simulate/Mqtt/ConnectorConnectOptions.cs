using System.Security.Cryptography.X509Certificates;
using Mobius.Micro.Cli.Simulate.Connectors;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Mobius.Micro.Cli.Simulate.Mqtt;

/// <summary>The MQTT v5 connect options of a simulated connector: client id = serial, clean start, its signed last will (QoS 1, retained).</summary>
public static class ConnectorConnectOptions
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    public static MqttClientOptions Build(BrokerSettings broker, OutgoingMessage lastWill)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Endpoint.Host, broker.Endpoint.Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId(lastWill.Serial.ToString())
            .WithCleanStart(true)
            .WithTimeout(ConnectTimeout)
            .WithWillTopic(lastWill.Topic)
            .WithWillPayload(lastWill.Payload)
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithWillRetain(lastWill.Retain);
        if (broker.Username is { Length: > 0 } username)
        {
            options.WithCredentials(username, broker.Password);
        }

        if (broker.Endpoint.UseTls)
        {
            options.WithTlsOptions(tls =>
            {
                tls.UseTls();
                if (broker.CaFile is { Length: > 0 } caFile)
                {
                    tls.WithTrustChain([X509CertificateLoader.LoadCertificateFromFile(caFile)]);
                }
            });
        }

        return options.Build();
    }
}
