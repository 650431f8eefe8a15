using System.Diagnostics;
using Mobius.Micro.Bench.Pipeline.Measuring;
using Mobius.Micro.Bench.Pipeline.Site;
using Mobius.Micro.Bench.Pipeline.Telegrams;
using HdrHistogram;

namespace Mobius.Micro.Bench.Pipeline.Stages;

/// <summary>
/// Runs stages on one path (baseline, gateway alone, end to end): offers a rate for a while, waits
/// until everything arrived or nothing more arrives, and measures. A ramp raises the rate until a
/// step falls behind (it lost telegrams, or delivered less than <see cref="KeepsUpFraction"/> of
/// what was sent in the time it was sent, plus a latency's worth) or the simulator itself could not
/// send what was offered.
/// </summary>
public sealed class StageRunner(string path, BenchSite site, SequencedTelegrams telegrams, TelegramLedger ledger, IReadOnlyList<MeasuredProcess> processes)
{
    public const double KeepsUpFraction = 0.9;
    private static readonly TimeSpan QuietAfterSending = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan LongestDrain = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StageSampleInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Offers <paramref name="rate"/> for <paramref name="duration"/>. A long stage passes
    /// <paramref name="timelineWindow"/> (latency by when telegrams were sent) and a
    /// <paramref name="sampleInterval"/> with <paramref name="samples"/> (memory and handles over time).
    /// </summary>
    public async Task<StageResult> RunAsync(
        string stage,
        double rate,
        TimeSpan duration,
        TimeSpan? timelineWindow = null,
        TimeSpan? sampleInterval = null,
        Action<ProcessMonitor>? samples = null)
    {
        var first = telegrams.Issued;
        var recorder = new StageRecorder(first, timelineWindow is { } window ? new LatencyTimeline(window) : null);
        ledger.Measure(recorder);
        var failedBefore = site.Tally.Failed;
        await using var monitor = new ProcessMonitor(processes, sampleInterval ?? StageSampleInterval);
        monitor.Start();
        var started = Stopwatch.GetTimestamp();
        await site.SendAsync(rate, duration, CancellationToken.None);
        var sendTime = Stopwatch.GetElapsedTime(started);
        var end = telegrams.Issued;
        await DrainAsync(recorder, end - first);
        var usage = await monitor.StopAsync();
        samples?.Invoke(monitor);

        var sent = end - first;
        var lost = ledger.Unseen(first, end);
        var lastArrival = recorder.LastArrival;
        var deliveryTime = lastArrival == 0 ? sendTime : Stopwatch.GetElapsedTime(started, lastArrival);
        var achieved = recorder.Arrivals / deliveryTime.TotalSeconds;
        var latency = recorder.Latency;
        var sentPerSecond = sent / sendTime.TotalSeconds;
        return new StageResult(
            path,
            stage,
            rate,
            sentPerSecond,
            achieved,
            sent,
            site.Tally.Failed - failedBefore,
            recorder.Arrivals,
            lost,
            recorder.Duplicates,
            recorder.Stragglers,
            Percentile(latency, 50),
            Percentile(latency, 90),
            Percentile(latency, 99),
            recorder.Arrivals == 0 ? 0 : Milliseconds(latency.GetMaxValue()),
            FellBehind: lost > 0 || achieved < KeepsUpFraction * sentPerSecond,
            SenderLimited: sentPerSecond < KeepsUpFraction * rate,
            [.. usage.Select(process => Figures(process, recorder.Arrivals + recorder.Stragglers))],
            recorder.Timeline?.Windows() ?? []);
    }

    /// <summary>Steps through <paramref name="rates"/> until one falls behind (that step included).</summary>
    public async Task<IReadOnlyList<StageResult>> RampAsync(IEnumerable<double> rates, TimeSpan stepDuration, Action<StageResult> stepDone)
    {
        var steps = new List<StageResult>();
        foreach (var rate in rates)
        {
            var step = await RunAsync($"ramp {rate:N0}/s", rate, stepDuration);
            steps.Add(step);
            stepDone(step);
            if (step.FellBehind || step.SenderLimited)
            {
                break;
            }
        }

        return steps;
    }

    private static async Task DrainAsync(StageRecorder recorder, long expected)
    {
        var drainStarted = Stopwatch.GetTimestamp();
        var lastCount = recorder.Arrivals;
        var lastProgress = Stopwatch.GetTimestamp();
        while (recorder.Arrivals < expected && Stopwatch.GetElapsedTime(lastProgress) < QuietAfterSending && Stopwatch.GetElapsedTime(drainStarted) < LongestDrain)
        {
            await Task.Delay(50);
            if (recorder.Arrivals != lastCount)
            {
                lastCount = recorder.Arrivals;
                lastProgress = Stopwatch.GetTimestamp();
            }
        }
    }

    private static ProcessFigures Figures(ProcessUsage usage, long telegramsDelivered) => new(
        usage.Process,
        usage.IsShared,
        telegramsDelivered == 0 ? 0 : usage.Cpu.TotalMilliseconds * 1000 / telegramsDelivered,
        Megabytes(usage.HighestRssBytes),
        Megabytes(usage.PeakRssBytes),
        usage.Handles);

    private static double Megabytes(long bytes) => Math.Round(bytes / 1048576.0, 1);

    private static double Percentile(HistogramBase latency, double percentile) =>
        latency.TotalCount == 0 ? 0 : Milliseconds(latency.GetValueAtPercentile(percentile));

    private static double Milliseconds(long microseconds) => Math.Round(microseconds / 1000.0, 2);
}
