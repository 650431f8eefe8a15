using Mobius.Micro.Bench.Pipeline.Measuring;

namespace Mobius.Micro.Bench.Pipeline.Stages;

/// <summary>
/// What one stage measured. <see cref="AchievedPerSecond"/> is the telegrams that arrived divided by
/// the time from the first send to the last arrival; latencies are from handing a telegram to its
/// connector to its arrival at the far end. <see cref="SenderLimited"/>: the simulator sent less than
/// was offered (the machine's cores were busy elsewhere), so a higher rate measures nothing more.
/// <see cref="Timeline"/>: the latency by when telegrams were sent, for the long stages.
/// </summary>
public sealed record StageResult(
    string Path,
    string Stage,
    double OfferedPerSecond,
    double SentPerSecond,
    double AchievedPerSecond,
    long Sent,
    long PublishFailures,
    long Arrived,
    long Lost,
    long Duplicates,
    long Stragglers,
    double LatencyP50Ms,
    double LatencyP90Ms,
    double LatencyP99Ms,
    double LatencyMaxMs,
    bool FellBehind,
    bool SenderLimited,
    IReadOnlyList<ProcessFigures> Processes,
    IReadOnlyList<LatencyWindow> Timeline);

/// <summary>A process over one stage: CPU milliseconds per 1,000 telegrams delivered in it (this stage's and stragglers of earlier ones), highest resident memory sampled and VmHWM (MB), open handles at the end.</summary>
public sealed record ProcessFigures(string Process, bool Shared, double CpuMsPer1000, double HighestRssMb, double PeakRssMb, int Handles);
