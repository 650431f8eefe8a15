using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using Mobius.Micro.Testing;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Mobius.Micro.Cli.Simulate.Tests.Support;

/// <summary>A plain MQTT v5 subscriber on the test broker that keeps every message in arrival order.</summary>
public sealed class MqttRecorder : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly ConcurrentQueue<ReceivedMessage> _messages = new();

    private MqttRecorder()
    {
        _client.ApplicationMessageReceivedAsync += received =>
        {
            _messages.Enqueue(new ReceivedMessage(received.ApplicationMessage.Topic, received.ApplicationMessage.Payload.ToArray()));
            return Task.CompletedTask;
        };
    }

    public static string BrokerAddress => $"mqtt://{TestInfrastructure.Mqtt}";

    public static async Task<MqttRecorder> SubscribeAsync(string topicFilter)
    {
        var recorder = new MqttRecorder();
        var (host, port) = Endpoint();
        await recorder._client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer(host, port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId($"simulate-test-{Guid.NewGuid():N}")
            .Build());
        await recorder._client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(filter => filter.WithTopic(topicFilter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
            .Build());
        return recorder;
    }

    /// <summary>Waits until the messages so far satisfy <paramref name="complete"/>, then answers them; fails after the timeout.</summary>
    public async Task<IReadOnlyList<ReceivedMessage>> WaitForAsync(Func<IReadOnlyList<ReceivedMessage>, bool> complete, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var messages = _messages.ToArray();
            if (complete(messages))
            {
                return messages;
            }

            Assert.True(clock.Elapsed < timeout, $"after {timeout.TotalSeconds} s only {messages.Length} messages arrived");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }

    private static (string Host, int Port) Endpoint()
    {
        var parts = TestInfrastructure.Mqtt.Split(':');
        return (parts[0], parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 1883);
    }
}
