namespace Mobius.Micro.Bench.Pipeline.Report;

/// <summary>The machine's load averages (1, 5, 15 minutes), as <c>uptime</c> shows them: other work on the cores skews every figure.</summary>
public static class LoadAverage
{
    public static string Now() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
