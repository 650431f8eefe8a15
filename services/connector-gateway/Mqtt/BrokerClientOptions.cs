using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;

namespace Mobius.Micro.ConnectorGateway.Mqtt;

/// <summary>How every MQTT client of the gateway reaches the broker: address, MQTT v5, TLS with the configured CA and client certificate, wide socket buffers.</summary>
public static class BrokerClientOptions
{
    /// <summary>
    /// The socket buffers of the connection. MQTTnet always sets them (8 KiB by default), which also
    /// turns off the kernel's autotuning. A receive window smaller than one TCP segment stalls a busy
    /// connection: on loopback (64 KiB segments) the broker then sent one window every 200 ms, about 80
    /// messages/s, and a gateway that had fallen behind once never caught up. The kernel caps the
    /// value at <c>net.core.rmem_max</c> / <c>wmem_max</c>.
    /// </summary>
    public const int SocketBufferBytes = 1 << 20;

    /// <summary>A connection's options: the broker part from <paramref name="options"/>, the caller's client id, credentials and session settings from <paramref name="session"/>.</summary>
    public static MqttClientOptions Build(MqttOptions options, Action<MqttClientOptionsBuilder> session)
    {
        var connect = Broker(options);
        session(connect);
        var built = connect.Build();
        ((MqttClientTcpOptions)built.ChannelOptions).BufferSize = SocketBufferBytes;
        return built;
    }

    private static MqttClientOptionsBuilder Broker(MqttOptions options)
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
