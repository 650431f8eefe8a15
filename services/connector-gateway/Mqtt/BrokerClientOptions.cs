using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;

namespace Mobius.Micro.ConnectorGateway.Mqtt;

/// <summary>How every MQTT client of the gateway reaches the broker: address, MQTT v5, TLS with the configured CA and client certificate.</summary>
public static class BrokerClientOptions
{
    /// <summary>The broker part of a connection; the caller adds its client id, credentials and session settings.</summary>
    public static MqttClientOptionsBuilder For(MqttOptions options)
    {
        var connect = new MqttClientOptionsBuilder()
            .WithTcpServer(options.Host, options.Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (options.UseTls)
        {
            connect.WithTlsOptions(tls =>
            {
                tls.UseTls();
                if (options.CaCertificatePath is { Length: > 0 } caPath)
                {
                    var authority = X509CertificateLoader.LoadCertificateFromFile(caPath);
                    tls.WithTrustChain([authority]);
                }

                if (options.ClientCertificatePath is { Length: > 0 } certificatePath)
                {
                    tls.WithClientCertificates([X509Certificate2.CreateFromPemFile(certificatePath, options.ClientKeyPath)]);
                }
            });
        }

        return connect;
    }
}
