using System.Globalization;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>
/// The whole stack with a gateway that expects a heartbeat every second, waits 3 s for a downlink's
/// ack and trusts a connector registration for a minute (so a change that applies within 5 s does so
/// through the object store's <c>ConnectorChanged</c> event, not through the cache expiring).
/// </summary>
public sealed class GatewayStack : StackFixture
{
    public const string Psk = "scenario pre-shared key";
    public const int HeartbeatIntervalSeconds = 1;

    protected override IReadOnlyDictionary<string, string> GatewaySettings { get; } = new Dictionary<string, string>
    {
        ["Gateway__HeartbeatIntervalSeconds"] = HeartbeatIntervalSeconds.ToString(CultureInfo.InvariantCulture),
        ["Gateway__DownlinkAckTimeoutSeconds"] = "3",
        ["Gateway__LiveStatusReportSeconds"] = "1",
        ["Gateway__RegistrationCacheSeconds"] = "60",
    };

    /// <summary>A connector object and an A5-04-01 device of its own, and its connector connected to the broker.</summary>
    public async Task<Site> RegisterAsync(bool lastWill = false)
    {
        var serial = $"MF_{Random.Shared.Next(0x1000000):X6}";
        var senderId = (uint)Random.Shared.Next(0x01000000, int.MaxValue);
        using var api = await ApiAsync();
        var connectorIns = await api.CreateObjectAsync("021/FFC0", ("0B", serial), ("0C", Psk));
        var deviceIns = await api.CreateObjectAsync("022/0102", ("0A", "A5-04-01"), ("0B", senderId.ToString("X8")));
        var connector = new TestConnector(serial, Psk, TopicPrefix);
        await connector.ConnectAsync(lastWill);
        return new Site(connector, senderId, $"021/FFC0/{connectorIns}", $"022/0102/{deviceIns}");
    }

    /// <summary>A field of the connector's live status hash in Redis, or null.</summary>
    public async Task<string?> LiveStatusAsync(string serial, string field) =>
        await Redis.GetDatabase().HashGetAsync($"{RedisKeyPrefix}connector:{serial}", field);

    /// <summary>The gateway's counter of rejections for <paramref name="reason"/>, read from its Prometheus endpoint.</summary>
    public Task<double> RejectionMetricAsync(string reason) => GatewayRejections.CountAsync(Gateway.BaseAddress, reason);
}

/// <summary>One registered connector with its A5-04-01 sensor.</summary>
public sealed record Site(TestConnector Connector, uint SenderId, string ConnectorPath, string DevicePath) : IAsyncDisposable
{
    public byte[] Telegram(byte humidityRaw, byte temperatureRaw) => EnOceanTelegrams.A5_04_01(SenderId, humidityRaw, temperatureRaw);

    public ValueTask DisposeAsync() => Connector.DisposeAsync();
}
