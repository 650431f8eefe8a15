using Mobius.Micro.Cli.Simulate.Mqtt;

namespace Mobius.Micro.Cli.Simulate.Tests.Mqtt;

public sealed class BrokerEndpointTests
{
    [Theory]
    [InlineData("mqtt://127.0.0.1:1883", "127.0.0.1", 1883, false)]
    [InlineData("mqtt://broker", "broker", 1883, false)]
    [InlineData("mqtts://broker.example", "broker.example", 8883, true)]
    [InlineData("mqtts://broker.example:8884/", "broker.example", 8884, true)]
    public void Broker_addresses_are_mqtt_or_mqtts_with_default_ports(string text, string host, int port, bool tls)
    {
        Assert.True(BrokerEndpoint.TryParse(text, out var endpoint));
        Assert.Equal(new BrokerEndpoint(host, port, tls), endpoint);
    }

    [Theory]
    [InlineData("127.0.0.1:1883")]
    [InlineData("tcp://broker:1883")]
    [InlineData("mqtt://user:pw@broker")]
    [InlineData("mqtt://broker/topic")]
    public void Other_addresses_are_refused(string text)
    {
        Assert.False(BrokerEndpoint.TryParse(text, out _));
    }
}
