using System.Text.Json.Nodes;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

[Collection(ObjectStoreCollection.Name)]
public sealed class ReportedValuesTests(ObjectStoreFixture store)
{
    private static readonly string TemperatureHumidityPid = EnOceanPidTable.All.Single(profile => profile.Key == "A5-04-01").Pid;

    [Fact]
    public async Task Reported_values_are_written_at_priority_15_with_objectLastUpdated()
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/022/{TemperatureHumidityPid}/{TestIds.Instance()}";
        await admin.CreateObjectAsync(uri, ("0B", TestIds.SenderId()));
        var observedAt = new DateTimeOffset(2025, 11, 25, 10, 15, 30, 123, TimeSpan.Zero);

        await store.Bus.Publish(new ObjectValuesReported
        {
            ObjectUri = uri,
            ObservedAt = observedAt,
            Values = [ReportedValue.Of("40", 45.2), ReportedValue.Of("41", 21.6), ReportedValue.Of("0E", false), ReportedValue.Of("0D", -65)],
        });

        var resources = await ResourcesOnceAsync(admin, uri, resources => (double?)resources["41"]!["pv"] == 21.6);
        Assert.Equal(45.2, (double?)resources["40"]!["pv"]);
        Assert.Equal(45.2, (double?)resources["40"]!["prar"]![14]);
        Assert.Equal(0, (double?)resources["40"]!["prar"]![15]);
        Assert.Equal(-65, (double?)resources["0D"]!["prar"]![14]);
        Assert.Equal("2025-11-25T10:15:30.123Z", (string?)resources["02"]!["pv"]);
        Assert.Equal("2025-11-25T10:15:30.123Z", (string?)resources["02"]!["prar"]![14]);
    }

    [Fact]
    public async Task Invalid_values_are_dropped_and_the_valid_ones_of_the_same_report_written()
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/022/{TemperatureHumidityPid}/{TestIds.Instance()}";
        await admin.CreateObjectAsync(uri, ("0B", TestIds.SenderId()));

        await store.Bus.Publish(new ObjectValuesReported
        {
            ObjectUri = uri,
            ObservedAt = DateTimeOffset.UtcNow,
            Values =
            [
                ReportedValue.Of("40", "humid"),
                ReportedValue.Of("41", 400.0),
                ReportedValue.Of("7F", 1.0),
                ReportedValue.Of("0B", "00000001"),
                ReportedValue.Of("0D", -70),
            ],
        });

        var resources = await ResourcesOnceAsync(admin, uri, resources => (double?)resources["0D"]!["pv"] == -70);
        Assert.Null(resources["40"]!["prar"]![14]);
        Assert.Null(resources["41"]!["prar"]![14]);
        Assert.NotEqual("00000001", (string?)resources["0B"]!["pv"]);
    }

    [Fact]
    public async Task Reports_for_unknown_objects_are_dropped_without_blocking_the_queue()
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/022/{TemperatureHumidityPid}/{TestIds.Instance()}";
        await admin.CreateObjectAsync(uri, ("0B", TestIds.SenderId()));

        await store.Bus.Publish(new ObjectValuesReported { ObjectUri = "000001/022/0102/FFFF", ObservedAt = DateTimeOffset.UtcNow, Values = [ReportedValue.Of("40", 1.0)] });
        await store.Bus.Publish(new ObjectValuesReported { ObjectUri = "not a uri", ObservedAt = DateTimeOffset.UtcNow, Values = [ReportedValue.Of("40", 1.0)] });
        await store.Bus.Publish(new ObjectValuesReported { ObjectUri = "000001/022/0FFF/0001", ObservedAt = DateTimeOffset.UtcNow, Values = [ReportedValue.Of("40", 1.0)] });
        await store.Bus.Publish(new ObjectValuesReported { ObjectUri = uri, ObservedAt = DateTimeOffset.UtcNow, Values = [ReportedValue.Of("40", 50.0)] });

        var resources = await ResourcesOnceAsync(admin, uri, resources => (double?)resources["40"]!["pv"] == 50.0);
        Assert.Equal(50.0, (double?)resources["40"]!["pv"]);
        Assert.False(await ErrorQueueExistsAsync("object-values-reported_error"), "a report went to the error queue");
    }

    [Fact]
    public async Task A_connector_status_report_fills_connector_resources()
    {
        var admin = await store.AdminAsync();
        var uri = $"000001/021/FFC0/{TestIds.Instance()}";
        await admin.CreateObjectAsync(uri, ("0B", TestIds.Serial()), ("0C", TestIds.Psk()));

        await store.Bus.Publish(new ObjectValuesReported
        {
            ObjectUri = uri,
            ObservedAt = DateTimeOffset.UtcNow,
            Values = [ReportedValue.Of("40", true), ReportedValue.Of("0D", "1.4.2"), ReportedValue.Of("44", 1042.0)],
        });

        var resources = await ResourcesOnceAsync(admin, uri, resources => (bool?)resources["40"]!["pv"] == true);
        Assert.Equal("1.4.2", (string?)resources["0D"]!["pv"]);
        Assert.Equal(1042, (double?)resources["44"]!["pv"]);
    }

    private static async Task<JsonNode> ResourcesOnceAsync(
        EngineApi api, string uri, Func<JsonNode, bool> holds)
    {
        var read = await Eventually.ReturnsAsync(() => api.GetObjectAsync(uri), response => holds(response.Data["resources"]!));
        var resources = read.Data["resources"]!;
        Assert.True(holds(resources), $"not written in time: {resources.ToJsonString()}");
        return resources;
    }

    private async Task<bool> ErrorQueueExistsAsync(string queue)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        using var management = new HttpClient { BaseAddress = TestInfrastructure.RabbitMqManagement };
        management.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{username}:{password}")));
        using var response = await management.GetAsync($"api/queues/{store.VirtualHost.Name}/{queue}");
        return response.IsSuccessStatusCode;
    }
}
