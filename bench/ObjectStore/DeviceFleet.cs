using System.Globalization;
using System.Net.Http.Json;

namespace Mobius.Micro.Bench.ObjectStore;

/// <summary>The EnOcean A5-04-01 device objects (PID <c>0102</c>) the benchmark reports on, created through the Engine API.</summary>
public sealed class DeviceFleet
{
    public const string Pid = "0102";

    private DeviceFleet(IReadOnlyList<string> objectUris) => ObjectUris = objectUris;

    public IReadOnlyList<string> ObjectUris { get; }

    public static async Task<DeviceFleet> CreateAsync(HttpClient api, int count)
    {
        var uris = Enumerable.Range(1, count)
            .Select(index => $"000001/022/{Pid}/{index.ToString("X4", CultureInfo.InvariantCulture)}")
            .ToArray();
        await Parallel.ForEachAsync(uris, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (uri, cancellationToken) =>
        {
            var senderId = (0x01800000 + int.Parse(uri[^4..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString("X8", CultureInfo.InvariantCulture);
            using var response = await api.PostAsJsonAsync($"/api/v1/mobius/object/{uri}", new[] { new { rid = "0B", settings = new { pv = senderId } } }, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"creating {uri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        });
        return new DeviceFleet(uris);
    }
}
