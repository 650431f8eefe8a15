using System.Net;
using Mobius.Micro.Testing;

namespace Mobius.Micro.EndToEnd.Tests;

/// <summary>
/// What a user does on day one: register a connector and an A5-04-01 sensor through the Engine API,
/// let the connector publish a signed telegram to Mosquitto, and read the decoded values back.
/// </summary>
public sealed class WalkingSkeletonTests(StackFixture stack) : IClassFixture<StackFixture>
{
    private const string Psk = "end-to-end pre-shared key";
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_signed_telegram_travels_from_connector_to_engine_api()
    {
        using var api = await LoggedInApiAsync();
        var (connector, devicePath) = await RegisterConnectorAndSensorAsync(api, serial: "MF_E2E001", senderId: 0x01879DE6);
        await using var _ = connector;

        await connector.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x01879DE6, humidityRaw: 113, temperatureRaw: 135));

        var device = await WaitForAsync(api, devicePath, o => o.ResourceNamed("temperature").NumberAtPriority(15) is not null);
        Assert.Equal(21.6, device.ResourceNamed("temperature").NumberAtPriority(15)!.Value, precision: 6);
        Assert.Equal(21.6, device.ResourceNamed("temperature")["pv"]!.GetValue<double>(), precision: 6);
        Assert.Equal(45.2, device.ResourceNamed("humidity").NumberAtPriority(15)!.Value, precision: 6);
        Assert.NotEqual("1970-01-01T00:00:00.000Z", device.ResourceNamed("objectLastUpdated")["pv"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_telegram_signed_with_a_wrong_psk_changes_nothing()
    {
        using var api = await LoggedInApiAsync();
        var (connector, devicePath) = await RegisterConnectorAndSensorAsync(api, serial: "MF_E2E002", senderId: 0x0A0B0C0D);
        await using var _ = connector;
        var before = await api.GetObjectAsync(devicePath);

        await connector.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x0A0B0C0D, humidityRaw: 113, temperatureRaw: 135), signingKey: "a different pre-shared key");

        await WaitForRejectionAsync(connector.Serial, "bad_signature", expectedCount: 1);
        var after = await api.GetObjectAsync(devicePath);
        Assert.Null(after.ResourceNamed("temperature").NumberAtPriority(15));
        Assert.Null(after.ResourceNamed("humidity").NumberAtPriority(15));
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [Fact]
    public async Task Bad_input_is_counted_with_its_reason_and_no_service_stops()
    {
        using var api = await LoggedInApiAsync();
        var (connector, devicePath) = await RegisterConnectorAndSensorAsync(api, serial: "MF_E2E003", senderId: 0x05060708);
        await using var _ = connector;
        await using var stranger = new TestConnector("MF_E2EFFF", Psk, stack.TopicPrefix);
        await stranger.ConnectAsync();

        await stranger.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x05060708, humidityRaw: 1, temperatureRaw: 1));
        await connector.PublishRawAsync("up", "this is not a token");
        var corrupted = EnOceanTelegrams.A5_04_01(0x05060708, humidityRaw: 2, temperatureRaw: 2);
        corrupted[^1] ^= 0xFF;
        await connector.SendEnOceanAsync(corrupted);

        await WaitForRejectionAsync(connector.Serial, "malformed", expectedCount: 1);
        await WaitForRejectionAsync(connector.Serial, "bad_payload", expectedCount: 1);

        await connector.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x05060708, humidityRaw: 200, temperatureRaw: 250));
        var device = await WaitForAsync(api, devicePath, o => o.ResourceNamed("temperature").NumberAtPriority(15) is not null);
        Assert.Equal(40.0, device.ResourceNamed("temperature").NumberAtPriority(15)!.Value, precision: 6);
        Assert.Equal(80.0, device.ResourceNamed("humidity").NumberAtPriority(15)!.Value, precision: 6);

        using var badUri = await api.GetAsync("/api/v1/mobius/object/000001/02G/FFC0/0001");
        Assert.Equal(HttpStatusCode.BadRequest, badUri.StatusCode);
        foreach (var service in stack.Services)
        {
            Assert.False(service.HasExited, $"{service.Name} stopped:\n{service.Output}");
            await service.WaitUntilReadyAsync(TimeSpan.FromSeconds(5));
        }
    }

    private Task<EngineApiClient> LoggedInApiAsync() => stack.ApiAsync();

    private async Task<(TestConnector Connector, string DevicePath)> RegisterConnectorAndSensorAsync(EngineApiClient api, string serial, uint senderId)
    {
        await api.CreateObjectAsync("021/FFC0", ("0B", serial), ("0C", Psk));
        var ins = await api.CreateObjectAsync("022/0102", ("0A", "A5-04-01"), ("0B", senderId.ToString("X8")));
        var connector = new TestConnector(serial, Psk, stack.TopicPrefix);
        await connector.ConnectAsync();
        return (connector, $"022/0102/{ins}");
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> WaitForAsync(
        EngineApiClient api, string objectPath, Func<System.Text.Json.Nodes.JsonObject, bool> arrived)
    {
        var deadline = DateTime.UtcNow + ArrivalTimeout;
        while (true)
        {
            var current = await api.GetObjectAsync(objectPath);
            if (arrived(current))
            {
                return current;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{objectPath} did not change within {ArrivalTimeout.TotalSeconds} s: {current.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    private async Task WaitForRejectionAsync(string serial, string reason, long expectedCount)
    {
        var key = $"{stack.RedisKeyPrefix}connector:{serial}";
        var deadline = DateTime.UtcNow + ArrivalTimeout;
        while (true)
        {
            var count = (long?)await stack.Redis.GetDatabase().HashGetAsync(key, $"rejected:{reason}") ?? 0;
            if (count == expectedCount)
            {
                return;
            }

            Assert.True(count < expectedCount, $"{serial} has {count} {reason} rejections, expected {expectedCount}");
            Assert.True(DateTime.UtcNow < deadline, $"{serial} was not rejected as {reason} within {ArrivalTimeout.TotalSeconds} s\n{stack.Gateway.Output}");
            await Task.Delay(100);
        }
    }
}
