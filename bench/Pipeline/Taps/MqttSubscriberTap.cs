using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using Mobius.Micro.Bench.Pipeline.Measuring;
using Mobius.Micro.Bench.Pipeline.Telegrams;
using MQTTnet;
using MQTTnet.Protocol;

namespace Mobius.Micro.Bench.Pipeline.Taps;

/// <summary>
/// The baseline's far end: a plain MQTT subscriber of every connector's <c>up</c> topic at QoS 1. It
/// reads the telegram out of the signed message (the JWT's <c>data</c> claim) without verifying it.
/// </summary>
public sealed class MqttSubscriberTap : IAsyncDisposable
{
    private readonly IMqttClient _client;

    private MqttSubscriberTap(IMqttClient client) => _client = client;

    public static async Task<MqttSubscriberTap> SubscribeAsync(string host, int port, string topicPrefix, SequencedTelegrams telegrams, TelegramLedger ledger)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += received =>
        {
            if (TryReadTelegram(received.ApplicationMessage.Payload, out var esp3) && telegrams.TryIdentify(esp3, out var device, out var raw))
            {
                ledger.Seen(device, raw);
            }

            return Task.CompletedTask;
        };
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(host, port)
            .WithClientId($"bench-baseline-{Guid.NewGuid():N}")
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart()
            .Build();
        await client.ConnectAsync(options);
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter($"{topicPrefix}/connectors/+/up", MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
        return new MqttSubscriberTap(client);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }

    private static bool TryReadTelegram(ReadOnlySequence<byte> payload, out byte[] esp3)
    {
        esp3 = [];
        var token = payload.ToArray().AsSpan();
        var firstDot = token.IndexOf((byte)'.');
        var secondDot = firstDot < 0 ? -1 : token[(firstDot + 1)..].IndexOf((byte)'.');
        if (secondDot < 0)
        {
            return false;
        }

        var claims = Base64Url.DecodeFromUtf8(token.Slice(firstDot + 1, secondDot));
        using var document = JsonDocument.Parse(claims);
        if (!document.RootElement.TryGetProperty("data", out var data) || data.GetString() is not { } hex)
        {
            return false;
        }

        esp3 = Convert.FromHexString(hex);
        return true;
    }
}
