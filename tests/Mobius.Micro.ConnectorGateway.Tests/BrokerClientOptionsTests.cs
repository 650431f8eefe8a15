using System.Net;
using Mobius.Micro.ConnectorGateway.Mqtt;
using MQTTnet;

namespace Mobius.Micro.ConnectorGateway.Tests;

public sealed class BrokerClientOptionsTests
{
    /// <summary>The largest TCP segment on loopback (64 KiB MTU): a receive window below it stalls a busy connection.</summary>
    private const int LoopbackSegmentBytes = 65_483;

    private static readonly MqttOptions Broker = new() { Host = "broker.example", Port = 8883 };

    [Fact]
    public void The_socket_buffers_hold_several_loopback_segments()
    {
        var tcp = Assert.IsType<MqttClientTcpOptions>(BrokerClientOptions.Build(Broker, session => session.WithClientId("gateway")).ChannelOptions);

        Assert.True(tcp.BufferSize >= 4 * LoopbackSegmentBytes, $"socket buffers of {tcp.BufferSize} bytes");
    }

    [Fact]
    public void The_broker_address_and_the_callers_session_settings_are_kept()
    {
        var options = BrokerClientOptions.Build(Broker, session => session.WithClientId("gateway-7").WithCleanStart(false));

        var endpoint = Assert.IsType<DnsEndPoint>(((MqttClientTcpOptions)options.ChannelOptions).RemoteEndpoint);
        Assert.Equal(("broker.example", 8883), (endpoint.Host, endpoint.Port));
        Assert.Equal("gateway-7", options.ClientId);
        Assert.False(options.CleanSession);
    }
}
