using System.Diagnostics;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>
/// Reports written in batches: many at once all land, connector status types, the newest observation
/// wins, also among the reports of the decoders' <see cref="ObjectValuesReportedBatch"/> messages.
/// </summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class ReportBatchTests(ObjectStoreFixture store)
{
    [Fact]
    public async Task Hundreds_of_reports_published_at_once_all_land_with_the_newest_value_per_object()
    {
        var admin = await store.AdminAsync();
        var sensors = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TestObjects.TemperatureHumiditySensorAsync(admin)));
        var start = DateTimeOffset.UtcNow;

        await Task.WhenAll(Enumerable.Range(0, 400).Select(index => store.Bus.Publish(new ObjectValuesReported
        {
            ObjectUri = sensors[index % sensors.Length],
            ObservedAt = start.AddMilliseconds(index),
            Values = [ReportedValue.Of("41", index / 10.0), ReportedValue.Of("40", 50.0)],
        })));

        foreach (var (sensor, index) in sensors.Select((sensor, index) => (sensor, index)))
        {
            var newest = (380 + index) / 10.0;
            var read = await Eventually.ReturnsAsync(() => admin.GetResourceAsync($"{sensor}/41"), resource => (double?)resource.Data["pv"] == newest);
            Assert.Equal(newest, (double?)read.Data["pv"]);
            var history = await Eventually.ReturnsAsync(
                () => admin.GetAsync($"/api/v1/mobius/history/{sensor}/41?start={Uri.EscapeDataString(start.AddSeconds(-1).ToString("O"))}"),
                points => points.Data.AsArray().Count == 20);
            Assert.Equal(20, history.Data.AsArray().Count);
            Assert.Equal(newest, (double?)(await admin.GetResourceAsync($"{sensor}/41")).Data["pv"]);
        }
    }

    [Fact]
    public async Task The_gateways_connector_status_is_written_with_its_types()
    {
        var admin = await store.AdminAsync();
        var (connector, _, _) = await TestObjects.ConnectorAsync(admin);

        await store.Bus.Publish(new ObjectValuesReported
        {
            ObjectUri = connector,
            ObservedAt = DateTimeOffset.UtcNow,
            Values =
            [
                ReportedValue.Of("40", true), ReportedValue.Of("41", "12:03:45"), ReportedValue.Of("42", "01879DE6"), ReportedValue.Of("43", "00A1B2C3"),
                ReportedValue.Of("44", 1234.0), ReportedValue.Of("45", 7.0), ReportedValue.Of("0A", "MFC-100"), ReportedValue.Of("0D", "2.1.0"),
                ReportedValue.Of("0E", "enocean"), ReportedValue.Of("0F", "workocc"), ReportedValue.Of("10", "0182A3B4"), ReportedValue.Of("11", "AA:BB:CC:DD:EE:FF"),
                ReportedValue.Of("12", "192.168.1.20"), ReportedValue.Of("13", "255.255.255.0"), ReportedValue.Of("14", "192.168.1.1"),
                ReportedValue.Of("15", "192.168.1.1"), ReportedValue.Of("16", "site-wifi"), ReportedValue.Of("17", -61.0), ReportedValue.Of("18", "11:22:33:44:55:66"),
            ],
        });

        var read = await Eventually.ReturnsAsync(() => admin.GetObjectAsync(connector), found => (string?)found.Data["resources"]!["18"]!["pv"] == "11:22:33:44:55:66");
        var resources = read.Data["resources"]!;
        Assert.Equal(true, (bool?)resources["40"]!["pv"]);
        Assert.Equal("12:03:45", (string?)resources["41"]!["pv"]);
        Assert.Equal("string", (string?)resources["41"]!["type"]);
        Assert.Equal(-61, (double?)resources["17"]!["pv"]);
        Assert.Equal("number", (string?)resources["17"]!["type"]);
        Assert.Equal(1234, (double?)resources["44"]!["pv"]);
        Assert.Equal("MFC-100", (string?)resources["0A"]!["pv"]);
        Assert.Equal("site-wifi", (string?)resources["16"]!["pv"]);
    }

    [Fact]
    public async Task A_decoders_batch_of_reports_lands_whole_and_an_older_report_in_it_never_overwrites_a_newer_one()
    {
        var admin = await store.AdminAsync();
        var (first, second) = (await TestObjects.TemperatureHumiditySensorAsync(admin), await TestObjects.TemperatureHumiditySensorAsync(admin));
        var now = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromMilliseconds(50)); // both observations in the past, for the history query (which ends now)

        await store.Bus.Publish(new ObjectValuesReportedBatch
        {
            Reports =
            [
                Report(first, now.AddMilliseconds(20), 21.5),
                Report(second, now, 18.0),
                Report(first, now.AddMilliseconds(10), 30.0),
            ],
        });

        var read = await Eventually.ReturnsAsync(() => admin.GetResourceAsync($"{second}/41"), resource => (double?)resource.Data["pv"] == 18.0);
        Assert.Equal(18.0, (double?)read.Data["pv"]);
        var history = await Eventually.ReturnsAsync(
            () => admin.GetAsync($"/api/v1/mobius/history/{first}/41?start={Uri.EscapeDataString(now.ToString("O"))}"),
            points => points.Data.AsArray().Count == 2);
        Assert.Equal(2, history.Data.AsArray().Count);
        Assert.Equal(21.5, (double?)(await admin.GetResourceAsync($"{first}/41")).Data["pv"]);
    }

    private static ObjectValuesReported Report(string objectUri, DateTimeOffset observedAt, double temperature) => new()
    {
        ObjectUri = objectUri,
        ObservedAt = observedAt,
        Values = [ReportedValue.Of("41", temperature)],
        TraceParent = $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01",
    };
}
