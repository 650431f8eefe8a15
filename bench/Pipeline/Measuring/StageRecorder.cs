using System.Diagnostics;
using HdrHistogram;

namespace Mobius.Micro.Bench.Pipeline.Measuring;

/// <summary>What one stage saw arrive: telegrams handed out from <see cref="FirstIndex"/> on, their latencies (µs, HdrHistogram, and by when they were sent when a <see cref="Timeline"/> is given), duplicates and stragglers of earlier stages.</summary>
public sealed class StageRecorder(long firstIndex, LatencyTimeline? timeline = null)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private static readonly long HighestLatencyMicroseconds = (long)TimeSpan.FromMinutes(10).TotalMicroseconds;

    private readonly LongHistogram _latency = new(HighestLatencyMicroseconds, 3);
    private long _lastArrival;

    public long FirstIndex { get; } = firstIndex;

    public long Arrivals { get; private set; }

    public long Duplicates { get; private set; }

    public long Stragglers { get; private set; }

    public long ForeignMessages { get; private set; }

    public HistogramBase Latency => _latency;

    public LatencyTimeline? Timeline { get; } = timeline;

    /// <summary>The <see cref="Stopwatch"/> timestamp of the last arrival of this stage's telegrams; 0 before the first.</summary>
    public long LastArrival
    {
        get
        {
            lock (_latency)
            {
                return _lastArrival;
            }
        }
    }

    // Called under the ledger's lock.
    internal void Arrived(long index, TimeSpan latency)
    {
        if (index < FirstIndex)
        {
            Stragglers++;
            return;
        }

        var now = Stopwatch.GetTimestamp();
        lock (_latency)
        {
            _lastArrival = now;
        }

        Arrivals++;
        var microseconds = Math.Clamp((long)latency.TotalMicroseconds, 1, HighestLatencyMicroseconds);
        _latency.RecordValue(microseconds);
        Timeline?.Record(Stopwatch.GetElapsedTime(_started, now) - latency, microseconds);
    }

    internal void Duplicate() => Duplicates++;

    internal void Foreign() => ForeignMessages++;
}
