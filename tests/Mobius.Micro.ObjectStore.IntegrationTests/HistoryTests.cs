using System.Net;
using System.Text.Json.Nodes;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>History per resource: every value written, once per observation time, read by time range.</summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class HistoryTests(ObjectStoreFixture store)
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reported_values_go_to_history_once_even_when_redelivered()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.TemperatureHumiditySensorAsync(admin);
        var first = Report(uri, T0, 20.5);

        await store.Bus.Publish(first);
        await store.Bus.Publish(first);
        await store.Bus.Publish(Report(uri, T0.AddMinutes(1), 21.0));

        var history = await HistoryOnceAsync(admin, $"{uri}/41", $"?start={T0:O}&end={T0.AddHours(1):O}", points => points.Count == 2);
        Assert.Equal("2025-11-25T10:00:00.000Z", (string?)history[0]!["t"]);
        Assert.Equal(20.5, (double?)history[0]!["v"]);
        Assert.Equal("2025-11-25T10:01:00.000Z", (string?)history[1]!["t"]);
        Assert.Equal(21.0, (double?)history[1]!["v"]);
    }

    [Fact]
    public async Task An_older_report_goes_to_history_but_does_not_overwrite_a_newer_value()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.TemperatureHumiditySensorAsync(admin);
        await store.Bus.Publish(Report(uri, T0.AddMinutes(5), 30.0));
        await Eventually.ReturnsAsync(() => admin.GetResourceAsync($"{uri}/41"), read => (double?)read.Data["pv"] == 30.0);

        await store.Bus.Publish(Report(uri, T0.AddMinutes(1), 10.0));

        var history = await HistoryOnceAsync(admin, $"{uri}/41", $"?start={T0:O}&end={T0.AddHours(1):O}", points => points.Count == 2);
        Assert.Equal([10.0, 30.0], history.Select(point => (double)point!["v"]!));
        var resource = await admin.GetResourceAsync($"{uri}/41");
        Assert.Equal(30.0, (double?)resource.Data["pv"]);
        Assert.Equal("2025-11-25T10:05:00.000Z", (string?)(await admin.GetResourceAsync($"{uri}/02")).Data["pv"]);
    }

    [Fact]
    public async Task Api_writes_go_to_history_and_the_range_and_limit_apply()
    {
        var admin = await store.AdminAsync();
        var uri = $"{await TestObjects.NumericAsync(admin)}/40";
        foreach (var value in new[] { 1, 2, 3 })
        {
            await admin.WriteAsync(uri, value);
        }

        var all = await admin.GetAsync($"/api/v1/mobius/history/{uri}");
        var limited = await admin.GetAsync($"/api/v1/mobius/history/{uri}?limit=2");
        var past = await admin.GetAsync($"/api/v1/mobius/history/{uri}?start=2020-01-01T00:00:00Z&end=2020-01-02T00:00:00%2B01:00");

        ApiAssert.Ok(all);
        Assert.Equal([1.0, 2.0, 3.0], all.Data.AsArray().Select(point => (double)point!["v"]!));
        Assert.Equal([1.0, 2.0], limited.Data.AsArray().Select(point => (double)point!["v"]!));
        Assert.Empty(past.Data.AsArray());
    }

    [Fact]
    public async Task Write_only_values_keep_no_history()
    {
        var admin = await store.AdminAsync();
        var (uri, _, psk) = await TestObjects.ConnectorAsync(admin);
        var newPsk = TestIds.Psk();
        await admin.WriteAsync($"{uri}/0C", newPsk);

        var history = await admin.GetAsync($"/api/v1/mobius/history/{uri}/0C");

        Assert.Empty(history.Data.AsArray());
        Assert.DoesNotContain(newPsk, history.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(psk, history.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?start=yesterday", "invalid_time")]
    [InlineData("?end=2025-11-25T10:00:00", "invalid_time")]
    [InlineData("?start=2025-11-25T10:00:00Z&end=2025-11-24T10:00:00Z", "invalid_request")]
    [InlineData("?limit=0", "invalid_request")]
    [InlineData("?limit=many", "invalid_request")]
    public async Task Bad_ranges_are_400(string query, string errorCode)
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);

        ApiAssert.Refused(await admin.GetAsync($"/api/v1/mobius/history/{uri}/40{query}"), HttpStatusCode.BadRequest, errorCode);
    }

    [Fact]
    public async Task History_of_nothing_is_404_and_needs_read()
    {
        var admin = await store.AdminAsync();
        var uri = await TestObjects.NumericAsync(admin);
        var writer = await store.UserWithRolesAsync("write");

        ApiAssert.Refused(await admin.GetAsync($"/api/v1/mobius/history/{uri}/7F"), HttpStatusCode.NotFound, "resource_not_found");
        ApiAssert.Refused(await admin.GetAsync("/api/v1/mobius/history/000001/020/0002/FFFE/40"), HttpStatusCode.NotFound, "object_not_found");
        ApiAssert.Refused(await writer.GetAsync($"/api/v1/mobius/history/{uri}/40"), HttpStatusCode.Forbidden, "forbidden");
    }

    private static ObjectValuesReported Report(string uri, DateTimeOffset observedAt, double temperature) => new()
    {
        ObjectUri = uri,
        ObservedAt = observedAt,
        Values = [ReportedValue.Of("41", temperature), ReportedValue.Of("40", 50.0)],
    };

    private static async Task<JsonArray> HistoryOnceAsync(EngineApi api, string resourceUri, string query, Func<JsonArray, bool> holds)
    {
        var read = await Eventually.ReturnsAsync(
            () => api.GetAsync($"/api/v1/mobius/history/{resourceUri}{query.Replace("+", "%2B", StringComparison.Ordinal)}"),
            response => response.Status == HttpStatusCode.OK && holds(response.Data.AsArray()));
        Assert.True(holds(read.Data.AsArray()), read.Body.ToJsonString());
        return read.Data.AsArray();
    }
}
