using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Mobius.Micro.EndToEnd.Tests;

/// <summary>
/// A connector as the connector protocol describes it, written from the specification alone (not
/// with the product's code): compact JWS, HS256 keyed with the PSK's UTF-8 bytes, QoS 1 publishes.
/// </summary>
public sealed class TestConnector(string serial, string psk, string topicPrefix) : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly string _boot = Guid.NewGuid().ToString("N")[..16];
    private long _seq;

    public string Serial => serial;

    public async Task ConnectAsync()
    {
        var (host, port) = StackFixture.MqttEndpoint();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(host, port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId($"{serial}-{_boot}")
            .Build();
        await _client.ConnectAsync(options);
    }

    /// <summary>Publishes one <c>up</c> message carrying an EnOcean ESP3 packet, signed with <paramref name="signingKey"/> (the PSK unless a test forges it).</summary>
    public Task SendEnOceanAsync(byte[] esp3, string? signingKey = null) =>
        PublishAsync("up", Sign(new Dictionary<string, object>
        {
            ["sn"] = serial,
            ["typ"] = "up",
            ["boot"] = _boot,
            ["seq"] = ++_seq,
            ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["mod"] = "enocean",
            ["data"] = Convert.ToHexString(esp3),
            ["rssi"] = -65,
        }, signingKey ?? psk));

    public Task PublishRawAsync(string kind, string payload) => PublishAsync(kind, payload);

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }

    private Task PublishAsync(string kind, string payload) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic($"{topicPrefix}/connectors/{serial}/{kind}")
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

    private static string Sign(Dictionary<string, object> claims, string key)
    {
        var header = Base64Url("""{"alg":"HS256","typ":"JWT"}"""u8.ToArray());
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes($"{header}.{body}"));
        return $"{header}.{body}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
