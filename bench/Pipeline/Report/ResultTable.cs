using System.Globalization;
using Mobius.Micro.Bench.Pipeline.Stages;

namespace Mobius.Micro.Bench.Pipeline.Report;

/// <summary>The console report: one line per stage, the processes' CPU and memory at the fixed rates, and the summary against the targets.</summary>
public static class ResultTable
{
    public const double LatencyTargetMs = 50;
    public const double MemoryTargetMb = 200;
    public const double RatioTarget = 0.4;

    public static string StageHeader =>
        $"{"path",-11} {"stage",-20} {"offered/s",10} {"sent/s",9} {"stored/s",9} {"sent",8} {"lost",6} {"dup",5} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"max ms",8}";

    public static string StageLine(StageResult stage) => string.Create(
        CultureInfo.InvariantCulture,
        $"{stage.Path,-11} {stage.Stage,-20} {stage.OfferedPerSecond,10:N0} {stage.SentPerSecond,9:N0} {stage.AchievedPerSecond,9:N0} {stage.Sent,8} {stage.Lost,6} {stage.Duplicates,5} " +
        $"{stage.LatencyP50Ms,8:0.0} {stage.LatencyP90Ms,8:0.0} {stage.LatencyP99Ms,8:0.0} {stage.LatencyMaxMs,8:0.0}{(stage.FellBehind ? "  fell behind" : "")}{(stage.SenderLimited ? "  sender limited" : "")}");

    public static void Print(BenchSummary summary, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Load average: {summary.LoadBefore} (before) / {summary.LoadAfter} (after); {Environment.ProcessorCount} cores");
        output.WriteLine(StageHeader);
        foreach (var stage in summary.Stages)
        {
            output.WriteLine(StageLine(stage));
        }

        output.WriteLine();
        output.WriteLine("CPU ms per 1,000 telegrams / highest RSS MB (sampled) / VmHWM MB; shared daemons (*) include other users' load:");
        foreach (var stage in summary.Stages.Where(stage => stage.Stage is "1,000/s" or "5,000/s" || stage.Stage.StartsWith("sustained", StringComparison.Ordinal)))
        {
            var processes = stage.Processes.Select(process => string.Create(
                CultureInfo.InvariantCulture,
                $"{process.Process}{(process.Shared ? "*" : "")} {process.CpuMsPer1000:0.0}/{process.HighestRssMb:0}/{process.PeakRssMb:0}"));
            output.WriteLine($"  {stage.Path} {stage.Stage}: {string.Join(" | ", processes)}");
        }

        foreach (var stage in summary.Stages)
        {
            TimelineTable.Print(stage, output);
        }

        output.WriteLine();
        foreach (var (path, rate) in summary.MaxSustained)
        {
            output.WriteLine($"max sustained {path,-11} {rate,9:N0} telegrams/s");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"end-to-end max / mosquitto baseline: {summary.EndToEndRatio:P0} (target ≥ {RatioTarget:P0})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gateway alone max / mosquitto baseline: {summary.GatewayRatio:P0}"));
        foreach (var verdict in summary.Verdicts)
        {
            output.WriteLine(verdict);
        }
    }
}
