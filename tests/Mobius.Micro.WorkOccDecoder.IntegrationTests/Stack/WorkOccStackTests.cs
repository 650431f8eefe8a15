using System.Reflection;
using System.Text.Json.Nodes;
using Mobius.Micro.Testing;
using Mobius.Micro.WorkOcc.Profiles;
using Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Stack;

/// <summary>
/// WorkOcc <c>up</c> messages through the real stack: signed by connectors, verified by the gateway,
/// decoded by the WorkOcc decoder, stored by the object store, read back through the Engine API.
/// </summary>
public sealed class WorkOccStackTests(WorkOccStackFixture stack) : IClassFixture<WorkOccStackFixture>
{
    private const string Psk = "workocc stack pre-shared key";

    [Fact]
    public async Task Sensors_of_every_kind_get_their_values_through_the_real_stack()
    {
        using var api = await stack.LoggedInApiAsync();
        await using var first = await ConnectorAsync(api, "MF_0C0001");
        await using var second = await ConnectorAsync(api, "MF_0C0002");
        var desk = await CreateSensorAsync(api, "0200", 0x4B1D0007);
        var counter = await CreateSensorAsync(api, "0201", 0x4B1D0008);
        var environment = await CreateSensorAsync(api, "0202", 0x4B1D0009);

        var sentAt = DateTimeOffset.UtcNow;
        var occupied = WorkOccTelegrams.Occupancy(0x4B1D0007, 42, 1, 300, 85);
        await first.SendAsync(occupied, rssi: -58);
        await second.SendAsync(occupied, rssi: -77);
        await first.SendAsync(WorkOccTelegrams.Health(0x4B1D0007, 43, 84, 2950, 0b001));
        await first.SendAsync(WorkOccTelegrams.PeopleCount(0x4B1D0008, 1, 120, 100, 20));
        await second.SendAsync(WorkOccTelegrams.Environment(0x4B1D0009, 1, 2157, 91, 420));

        var deskObject = await WaitForAsync(api, desk, o => Pv(o, "tamper")?.GetValue<bool>() == true);
        Assert.True(Pv(deskObject, "occupied")!.GetValue<bool>());
        Assert.Equal("occupied", Pv(deskObject, "occupancyState")!.GetValue<string>());
        var changedAt = DateTimeOffset.Parse(Pv(deskObject, "lastStateChange")!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(changedAt, sentAt.AddSeconds(-310), sentAt.AddSeconds(-290) + TimeSpan.FromSeconds(30));
        Assert.Equal(84, Pv(deskObject, "battery")!.GetValue<double>());
        Assert.Equal(2.95, Pv(deskObject, "batteryVoltage")!.GetValue<double>(), precision: 9);
        Assert.False(Pv(deskObject, "lowBattery")!.GetValue<bool>());
        Assert.InRange(Pv(deskObject, "occupiedMinutesToday")!.GetValue<double>(), 0, 5.5);

        var counterObject = await WaitForAsync(api, counter, o => Pv(o, "peopleIn")?.GetValue<double>() == 120);
        Assert.Equal(100, Pv(counterObject, "peopleOut")!.GetValue<double>());
        Assert.Equal(20, Pv(counterObject, "peoplePresent")!.GetValue<double>());
        Assert.Equal("occupied", Pv(counterObject, "occupancyState")!.GetValue<string>());

        var environmentObject = await WaitForAsync(api, environment, o => Pv(o, "temperature")?.GetValue<double>() != 0);
        Assert.Equal(21.57, Pv(environmentObject, "temperature")!.GetValue<double>(), precision: 9);
        Assert.Equal(45.5, Pv(environmentObject, "humidity")!.GetValue<double>(), precision: 9);
        Assert.Equal(420, Pv(environmentObject, "illuminance")!.GetValue<double>());
    }

    [Fact]
    public async Task People_counter_totals_keep_counting_across_a_wrap_and_a_decoder_restart()
    {
        using var api = await stack.LoggedInApiAsync();
        await using var connector = await ConnectorAsync(api, "MF_0C0003");
        var counter = await CreateSensorAsync(api, "0201", 0x5E000001);

        await connector.SendAsync(WorkOccTelegrams.PeopleCount(0x5E000001, 1, 65530, 65000, 530));
        await WaitForAsync(api, counter, o => Pv(o, "peopleIn")?.GetValue<double>() == 65530);

        await stack.RestartDecoderAsync();
        await connector.SendAsync(WorkOccTelegrams.PeopleCount(0x5E000001, 2, 4, 65010, 530));

        var after = await WaitForAsync(api, counter, o => Pv(o, "peopleIn")?.GetValue<double>() == 65540);
        Assert.Equal(65010, Pv(after, "peopleOut")!.GetValue<double>());
    }

    [Fact]
    public async Task An_unknown_sensor_becomes_an_object_of_its_kind_and_then_gets_its_values()
    {
        using var api = await stack.LoggedInApiAsync();
        await using var connector = await ConnectorAsync(api, "MF_0C0004");

        await connector.SendAsync(WorkOccTelegrams.Environment(0x6A000001, 1, 1890, 100, 250));
        var path = await Eventually.ReturnsAsync(() => FindByUidAsync(api, "0202", "6A000001"), found => found is not null, "the provisioned object");
        var provisioned = await api.GetObjectAsync(path!);
        Assert.Equal("environment", Pv(provisioned, "sensorType")!.GetValue<string>());

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await connector.SendAsync(WorkOccTelegrams.Environment(0x6A000001, 2, 1910, 101, 260));

        var written = await WaitForAsync(api, path!, o => Pv(o, "illuminance")?.GetValue<double>() == 260);
        Assert.Equal(19.1, Pv(written, "temperature")!.GetValue<double>(), precision: 9);
        Assert.Equal(50.5, Pv(written, "humidity")!.GetValue<double>(), precision: 9);
    }

    [Fact]
    public async Task The_object_stores_workocc_profiles_are_the_published_table()
    {
        using var api = await stack.LoggedInApiAsync();
        var names = typeof(WorkOccResourceIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(field => (string)field.GetRawConstantValue()!, field => char.ToLowerInvariant(field.Name[0]) + field.Name[1..]);

        foreach (var profile in WorkOccSensorProfiles.All)
        {
            var created = await api.GetObjectAsync(await CreateSensorAsync(api, profile.Pid, 0x7A000000u + uint.Parse(profile.Pid, System.Globalization.NumberStyles.HexNumber)));
            var resources = created["resources"]!.AsObject().ToDictionary(entry => entry.Key, entry => entry.Value!["name"]!.GetValue<string>());

            Assert.Equal(profile.ProfileName, created["profileName"]!.GetValue<string>());
            Assert.Equal(profile.DataResources.Order(), resources.Keys.Where(rid => string.CompareOrdinal(rid, "40") >= 0).Order());
            Assert.All(resources.Where(entry => names.ContainsKey(entry.Key)), entry => Assert.Equal(names[entry.Key], entry.Value));
            Assert.Equal(profile.SensorType, Pv(created, "sensorType")!.GetValue<string>());
            if (profile.DataResources.Contains(WorkOccResourceIds.OccupancyState))
            {
                Assert.Equal("unknown", Pv(created, "occupancyState")!.GetValue<string>());
            }
        }
    }

    private async Task<WorkOccConnector> ConnectorAsync(EngineApiClient api, string serial)
    {
        await api.CreateObjectAsync("021/FFC0", ("0B", serial), ("0C", Psk));
        var connector = new WorkOccConnector(serial, Psk, stack.TopicPrefix);
        await connector.ConnectAsync();
        return connector;
    }

    private static async Task<string> CreateSensorAsync(EngineApiClient api, string pid, uint uid) =>
        $"023/{pid}/{await api.CreateObjectAsync($"023/{pid}", ("0B", uid.ToString("X8")))}";

    /// <summary>The path (<c>023/PID/INS</c>) of the object of that profile whose uid is <paramref name="uid"/>, found by discovery.</summary>
    private static async Task<string?> FindByUidAsync(EngineApiClient api, string pid, string uid)
    {
        using var response = await api.GetAsync($"/api/v1/mobius/discover/{StackFixture.HubId}/023/{pid}/%2B");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var objects = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!.AsObject();
        return objects
            .Where(entry => entry.Value!["resources"]?["0B"]?["pv"]?.GetValue<string>() == uid)
            .Select(entry => entry.Key[(StackFixture.HubId.Length + 1)..])
            .FirstOrDefault();
    }

    private static JsonNode? Pv(JsonObject engineObject, string name) =>
        engineObject["resources"]!.AsObject().Select(entry => entry.Value!.AsObject()).SingleOrDefault(resource => resource["name"]!.GetValue<string>() == name)?["pv"];

    private static Task<JsonObject> WaitForAsync(EngineApiClient api, string objectPath, Func<JsonObject, bool> arrived) =>
        Eventually.ReturnsAsync(() => api.GetObjectAsync(objectPath), arrived, $"values of {objectPath}");
}
