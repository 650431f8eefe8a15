using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Mobius.Micro.Testing;

/// <summary>
/// A connector as the connector protocol describes it, written from the specification alone (not
/// with the product's code): compact JWS, HS256 keyed with the PSK's UTF-8 bytes, QoS 1 publishes,
/// a signed last will, and the <c>down</c> messages it receives. It speaks to the shared broker
/// unless given a <paramref name="broker"/> (<c>host:port</c>) of the test's own.
/// </summary>
public sealed class TestConnector(string serial, string psk, string topicPrefix, string? broker = null) : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly Channel<JsonObject> _downlinks = Channel.CreateUnbounded<JsonObject>();
    private long _seq;

    public string Serial => serial;

    public string Boot { get; private set; } = NewBoot();

    /// <summary>
    /// Connects (again, after a lost connection); with <paramref name="lastWill"/> the broker holds a
    /// signed <c>status</c> online:false to publish if the connection drops. <paramref name="login"/>:
    /// another broker and a username and password (the shared test broker takes anyone). Throws
    /// <see cref="BrokerLoginRefusedException"/> when the broker refuses the login.
    /// </summary>
    public async Task ConnectAsync(bool lastWill = false, BrokerLogin? login = null)
    {
        var (host, port) = login is not null ? (login.Host, login.Port)
            : broker is null ? StackFixture.MqttEndpoint() : StackFixture.ParseEndpoint(broker);
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(host, port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId($"{serial}-{Boot}");
        if (login is not null)
        {
            options.WithCredentials(login.Username, login.Password);
        }

        if (lastWill)
        {
            options.WithWillTopic(Topic("status")).WithWillPayload(Sign(Claims("status", new() { ["online"] = false })))
                .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithWillRetain();
        }

        _client.ApplicationMessageReceivedAsync -= ReceiveAsync;
        _client.ApplicationMessageReceivedAsync += ReceiveAsync;
        var connected = await _client.ConnectAsync(options.Build());
        if (connected.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new BrokerLoginRefusedException(connected.ResultCode);
        }

        await _client.SubscribeAsync(Topic("down"), MqttQualityOfServiceLevel.AtLeastOnce);
    }

    /// <summary>Whether the connection is up (a broker may drop it: a disabled or deleted account).</summary>
    public bool IsConnected => _client.IsConnected;

    /// <summary>Publishes <paramref name="payload"/> on any topic with QoS 1 and answers the broker's reason code (a refused publish: <c>NotAuthorized</c>).</summary>
    public async Task<MqttClientPublishReasonCode> PublishToAsync(string topic, string payload) =>
        (await _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build())).ReasonCode;

    /// <summary>Subscribes to any topic filter and answers the broker's result (a refused subscription: <c>NotAuthorized</c>).</summary>
    public async Task<MqttClientSubscribeResultCode> SubscribeToAsync(string topicFilter) =>
        (await _client.SubscribeAsync(topicFilter, MqttQualityOfServiceLevel.AtLeastOnce)).Items.Single().ResultCode;

    /// <summary>Moves the sequence on without sending, as if <paramref name="count"/> messages had been lost on the way.</summary>
    public void SkipSequence(long count) => _seq += count;

    /// <summary>Starts a new boot: a new boot id and the sequence from 1.</summary>
    public void Reboot()
    {
        Boot = NewBoot();
        _seq = 0;
    }

    /// <summary>
    /// Publishes one <c>up</c> message carrying an EnOcean ESP3 packet, signed with <paramref name="signingKey"/>
    /// (the PSK unless a test forges it), with a W3C <c>traceparent</c> MQTT user property when one is given.
    /// Answers the broker's reason code: <c>NoMatchingSubscribers</c> means no gateway session had the
    /// message (right after a broker restart), and a connector sends it again.
    /// </summary>
    public Task<MqttClientPublishReasonCode> SendEnOceanAsync(byte[] esp3, string? signingKey = null, string? traceParent = null) =>
        PublishAsync("up", Sign(UpClaims(esp3), signingKey), traceParent: traceParent);

    /// <summary>The claims of the next <c>up</c> message, for tests that change them before signing.</summary>
    public Dictionary<string, object> UpClaims(byte[] esp3) =>
        Claims("up", new() { ["mod"] = "enocean", ["data"] = Convert.ToHexString(esp3), ["rssi"] = -65 });

    public Task<MqttClientPublishReasonCode> SendStatusAsync(bool online, params string[] modules) =>
        PublishAsync("status", Sign(Claims("status", new()
        {
            ["online"] = online,
            ["fw"] = "2.1.0",
            ["part"] = "EXT00112",
            ["modules"] = modules,
            ["ip"] = "192.0.2.10",
            ["wifiRssi"] = -51,
            ["uptime"] = 3725,
        })), retained: true);

    public Task<MqttClientPublishReasonCode> SendAckAsync(string downlinkId, bool ok, string? error = null)
    {
        var extra = new Dictionary<string, object> { ["id"] = downlinkId, ["ok"] = ok };
        if (error is not null)
        {
            extra["err"] = error;
        }

        return PublishAsync("ack", Sign(Claims("ack", extra)));
    }

    /// <summary>The claims of the next <c>down</c> message the gateway sent this connector.</summary>
    public async Task<JsonObject> NextDownlinkAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        return await _downlinks.Reader.ReadAsync(cancellation.Token);
    }

    public Task<MqttClientPublishReasonCode> PublishRawAsync(string kind, string payload) => PublishAsync(kind, payload);

    /// <summary>The next message's claims: <c>sn</c>, <c>typ</c>, <c>boot</c>, <c>seq</c> (advanced), <c>iat</c> (now), and <paramref name="extra"/>.</summary>
    public Dictionary<string, object> Claims(string kind, Dictionary<string, object> extra)
    {
        var claims = new Dictionary<string, object>
        {
            ["sn"] = serial,
            ["typ"] = kind,
            ["boot"] = Boot,
            ["seq"] = ++_seq,
            ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in extra)
        {
            claims[name] = value;
        }

        return claims;
    }

    public string Sign(Dictionary<string, object> claims, string? signingKey = null) =>
        SignWithHeader("""{"alg":"HS256","typ":"JWT"}""", claims, signingKey ?? psk);

    /// <summary>Drops the connection without a DISCONNECT that cancels the will, as a power cut would.</summary>
    public Task DropConnectionAsync() =>
        _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.DisconnectWithWillMessage).Build());

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }

    public static string SignWithHeader(string header, Dictionary<string, object> claims, string key)
    {
        var encodedHeader = Base64Url(Encoding.UTF8.GetBytes(header));
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes($"{encodedHeader}.{body}"));
        return $"{encodedHeader}.{body}.{Base64Url(signature)}";
    }

    private Task ReceiveAsync(MqttApplicationMessageReceivedEventArgs received)
    {
        _downlinks.Writer.TryWrite(ReadClaims(received.ApplicationMessage.ConvertPayloadToString()));
        return Task.CompletedTask;
    }

    private string Topic(string kind) => $"{topicPrefix}/connectors/{serial}/{kind}";

    private async Task<MqttClientPublishReasonCode> PublishAsync(string kind, string payload, bool retained = false, string? traceParent = null)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(Topic(kind))
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retained);
        if (traceParent is not null)
        {
            message.WithUserProperty("traceparent", System.Text.Encoding.UTF8.GetBytes(traceParent).AsMemory());
        }

        return (await _client.PublishAsync(message.Build())).ReasonCode;
    }

    private static JsonObject ReadClaims(string token)
    {
        var body = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        body = body.PadRight(body.Length + (4 - body.Length % 4) % 4, '=');
        return JsonNode.Parse(Convert.FromBase64String(body))!.AsObject();
    }

    private static string NewBoot() => Guid.NewGuid().ToString("N")[..16];

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
