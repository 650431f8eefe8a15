using Mobius.Micro.Bench.Pipeline.Stages;

namespace Mobius.Micro.Bench.Pipeline.Report;

/// <summary>Every stage of a run with what follows from them: each path's highest rate it kept up with (a step the simulator could not send in full does not count), the ratios to the baseline, the targets met or missed.</summary>
public sealed record BenchSummary(DateTimeOffset StartedAt, string LoadBefore, string LoadAfter, IReadOnlyList<StageResult> Stages)
{
    public IReadOnlyDictionary<string, double> MaxSustained =>
        Stages.Where(stage => stage.Stage != "warm-up")
            .GroupBy(stage => stage.Path)
            .ToDictionary(group => group.Key, group => group.Where(stage => !stage.FellBehind && !stage.SenderLimited).Select(stage => stage.AchievedPerSecond).DefaultIfEmpty(0).Max());

    public double EndToEndRatio => Ratio(Paths.EndToEnd);

    public double GatewayRatio => Ratio(Paths.GatewayAlone);

    /// <summary>The targets of the 1,000/s stage (the sustained one when it ran) and the ratio.</summary>
    public IReadOnlyList<string> Verdicts
    {
        get
        {
            var atThousand = Stages.LastOrDefault(stage => stage.Path == Paths.EndToEnd && stage.Stage.StartsWith("sustained", StringComparison.Ordinal))
                ?? Stages.LastOrDefault(stage => stage.Path == Paths.EndToEnd && stage.Stage == "1,000/s");
            if (atThousand is null)
            {
                return [];
            }

            var services = atThousand.Processes.Where(process => !process.Shared && !process.Process.StartsWith("bench", StringComparison.Ordinal)).ToArray();
            return
            [
                Verdict(atThousand.Lost == 0 && atThousand.PublishFailures == 0, $"{atThousand.Stage} end to end: no loss ({atThousand.Lost} lost, {atThousand.PublishFailures} publishes failed)"),
                Verdict(atThousand.LatencyP99Ms <= ResultTable.LatencyTargetMs, $"{atThousand.Stage} end to end: p99 {atThousand.LatencyP99Ms:0.0} ms ≤ {ResultTable.LatencyTargetMs} ms"),
                Verdict(services.All(process => process.PeakRssMb <= ResultTable.MemoryTargetMb), $"{atThousand.Stage} end to end: every service ≤ {ResultTable.MemoryTargetMb} MB RSS ({string.Join(", ", services.Select(process => $"{process.Process} {process.PeakRssMb:0}"))})"),
                Verdict(EndToEndRatio >= ResultTable.RatioTarget, $"end-to-end max ≥ {ResultTable.RatioTarget:P0} of the baseline"),
            ];
        }
    }

    private double Ratio(string path) =>
        MaxSustained.TryGetValue(Paths.Baseline, out var baseline) && baseline > 0 && MaxSustained.TryGetValue(path, out var rate) ? rate / baseline : 0;

    private static string Verdict(bool met, string target) => $"{(met ? "MET   " : "MISSED")} {target}";
}
