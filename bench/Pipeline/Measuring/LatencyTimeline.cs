using HdrHistogram;

namespace Mobius.Micro.Bench.Pipeline.Measuring;

/// <summary>
/// Latency by when telegrams were sent, in windows of <see cref="Window"/>: shows whether a long run's
/// tail is its first seconds, a stall somewhere in it, or a backlog that keeps growing.
/// Called under the ledger's lock.
/// </summary>
public sealed class LatencyTimeline(TimeSpan window)
{
    private static readonly long HighestLatencyMicroseconds = (long)TimeSpan.FromMinutes(10).TotalMicroseconds;

    private readonly List<LongHistogram> _windows = [];

    public TimeSpan Window { get; } = window;

    internal void Record(TimeSpan sentAfterStart, long latencyMicroseconds)
    {
        var index = (int)Math.Max(0, sentAfterStart.Ticks / Window.Ticks);
        while (_windows.Count <= index)
        {
            _windows.Add(new LongHistogram(HighestLatencyMicroseconds, 2));
        }

        _windows[index].RecordValue(latencyMicroseconds);
    }

    public IReadOnlyList<LatencyWindow> Windows() =>
    [
        .. _windows.Select((latency, index) => new LatencyWindow(
            Window * index,
            latency.TotalCount,
            Milliseconds(latency, 50),
            Milliseconds(latency, 99),
            latency.TotalCount == 0 ? 0 : Math.Round(latency.GetMaxValue() / 1000.0, 1))),
    ];

    private static double Milliseconds(HistogramBase latency, double percentile) =>
        latency.TotalCount == 0 ? 0 : Math.Round(latency.GetValueAtPercentile(percentile) / 1000.0, 1);
}

/// <summary>The telegrams sent from <see cref="SentFrom"/> (after the stage started) for one window: how many arrived and their latency in milliseconds.</summary>
public sealed record LatencyWindow(TimeSpan SentFrom, long Arrived, double P50Ms, double P99Ms, double MaxMs);
