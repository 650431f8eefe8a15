using System.Globalization;
using Mobius.Micro.Bench.Pipeline.Stages;

namespace Mobius.Micro.Bench.Pipeline.Report;

/// <summary>A long stage's latency by when its telegrams were sent, one line per window.</summary>
public static class TimelineTable
{
    public static void Print(StageResult stage, TextWriter output)
    {
        if (stage.Timeline.Count == 0)
        {
            return;
        }

        output.WriteLine($"{stage.Path} {stage.Stage}, latency by when sent:");
        output.WriteLine($"  {"sent from s",11} {"arrived",8} {"p50 ms",9} {"p99 ms",9} {"max ms",9}");
        foreach (var window in stage.Timeline)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {window.SentFrom.TotalSeconds,11:0} {window.Arrived,8} {window.P50Ms,9:0.0} {window.P99Ms,9:0.0} {window.MaxMs,9:0.0}"));
        }
    }
}
