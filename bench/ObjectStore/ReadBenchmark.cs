using System.Diagnostics;
using HdrHistogram;

namespace Mobius.Micro.Bench.ObjectStore;

/// <summary>Parallel <c>GET /api/v1/mobius/object/...</c> of random fleet objects for a fixed time: reads/s and latency.</summary>
public sealed class ReadBenchmark(HttpClient api, DeviceFleet fleet)
{
    public async Task<ReadResult> RunAsync(TimeSpan duration, int concurrency)
    {
        var histogram = new LongHistogram(TimeStamp.Seconds(10), 3);
        var failures = 0L;
        var clock = Stopwatch.StartNew();
        var until = clock.Elapsed + duration;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var random = new Random(worker);
            var local = new LongHistogram(TimeStamp.Seconds(10), 3);
            while (clock.Elapsed < until)
            {
                var uri = fleet.ObjectUris[random.Next(fleet.ObjectUris.Count)];
                var started = Stopwatch.GetTimestamp();
                using var response = await api.GetAsync($"/api/v1/mobius/object/{uri}", HttpCompletionOption.ResponseContentRead);
                local.RecordValue(Stopwatch.GetTimestamp() - started);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }

            lock (histogram)
            {
                histogram.Add(local);
            }
        }));
        return new ReadResult(histogram.TotalCount, failures, clock.Elapsed, histogram);
    }
}

/// <summary>Reads done, failed, in what time, and their latency distribution (Stopwatch ticks).</summary>
public sealed record ReadResult(long Reads, long Failures, TimeSpan Elapsed, HistogramBase Latency)
{
    public double ReadsPerSecond => Reads / Elapsed.TotalSeconds;

    public double PercentileMilliseconds(double percentile) =>
        Latency.GetValueAtPercentile(percentile) * 1000.0 / Stopwatch.Frequency;
}
