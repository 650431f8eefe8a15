using System.Text.Json.Nodes;
using Mobius.Micro.Testing;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// What reached the object store of a <see cref="TelegramStream"/>: the device's humidity and
/// temperature histories, paired by observation time, read back as telegram numbers with how often
/// each was stored.
/// </summary>
public sealed class StoredTelegrams(PrivateStack stack, string devicePath, DateTime since)
{
    /// <summary>How many times each telegram number was stored.</summary>
    public async Task<Dictionary<int, int>> ReadAsync()
    {
        using var api = await stack.ApiAsync();
        var device = await api.GetObjectAsync(devicePath);
        var humidity = await HistoryAsync(api, Rid(device, "humidity"));
        var temperature = await HistoryAsync(api, Rid(device, "temperature"));
        var counts = new Dictionary<int, int>();
        foreach (var (time, values) in humidity)
        {
            // Observation times are printed to the millisecond: telegrams of the same millisecond pair up in order.
            foreach (var (value, degrees) in values.Zip(temperature.GetValueOrDefault(time) ?? []))
            {
                var number = TelegramStream.NumberOf(value, degrees);
                counts[number] = counts.GetValueOrDefault(number) + 1;
            }
        }

        return counts;
    }

    /// <summary>The number of the telegram whose values the device shows now, or 0 when the store does not answer.</summary>
    public async Task<int> LatestAsync()
    {
        try
        {
            using var api = await stack.ApiAsync();
            var device = await api.GetObjectAsync(devicePath);
            return device.ResourceNamed("humidity").NumberAtPriority(15) is { } humidity && device.ResourceNamed("temperature").NumberAtPriority(15) is { } temperature
                ? TelegramStream.NumberOf(humidity, temperature)
                : 0;
        }
        catch (Exception failure) when (failure is HttpRequestException or Xunit.Sdk.XunitException or TaskCanceledException)
        {
            return 0;
        }
    }

    /// <summary>Waits until the device shows telegram <paramref name="number"/> or a later one; answers when.</summary>
    public async Task<DateTime> WaitUntilStoredAsync(int number, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await LatestAsync() < number)
        {
            Assert.True(DateTime.UtcNow < deadline, $"telegram {number} not stored within {timeout.TotalSeconds} s (latest: {await LatestAsync()})");
            await Task.Delay(200);
        }

        return DateTime.UtcNow;
    }

    private static string Rid(JsonObject device, string name) =>
        device["resources"]!.AsObject().Single(entry => entry.Value!["name"]!.GetValue<string>() == name).Key;

    /// <summary>The resource's values since the stream started, by observation time, oldest first.</summary>
    private async Task<Dictionary<string, List<double>>> HistoryAsync(EngineApiClient api, string rid)
    {
        var start = Uri.EscapeDataString(since.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
        using var response = await api.GetAsync($"/api/v1/mobius/history/{PrivateStack.HubId}/{devicePath}/{rid}?start={start}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"history of {rid}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["data"]!.AsArray()
            .Select(point => point!.AsObject())
            .Where(point => point["v"] is JsonValue)
            .GroupBy(point => point["t"]!.GetValue<string>())
            .ToDictionary(group => group.Key, group => group.Select(point => point["v"]!.GetValue<double>()).ToList());
    }
}
