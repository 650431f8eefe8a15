using System.Globalization;
using Mobius.Micro.Bench.Pipeline.Measuring;

namespace Mobius.Micro.Bench.Pipeline.Report;

/// <summary>
/// A process's memory and handles over a soak: first and last sample, and the least-squares slope per
/// hour over the samples after the first tenth of the run (start-up growth, JIT, pools filling, left out).
/// </summary>
public sealed record SoakTrend(string Process, double FirstRssMb, double LastRssMb, double RssMbPerHour, int FirstHandles, int LastHandles, double HandlesPerHour)
{
    public static IReadOnlyList<SoakTrend> Of(IReadOnlyList<ProcessSample> samples)
    {
        var end = samples.Count == 0 ? TimeSpan.Zero : samples.Max(sample => sample.Elapsed);
        return
        [
            .. samples.GroupBy(sample => sample.Process).Select(process =>
            {
                var all = process.OrderBy(sample => sample.Elapsed).ToArray();
                var settled = all.Where(sample => sample.Elapsed >= end / 10).ToArray();
                return new SoakTrend(
                    process.Key,
                    Megabytes(all[0].RssBytes),
                    Megabytes(all[^1].RssBytes),
                    Slope(settled, sample => Megabytes(sample.RssBytes)),
                    all[0].Handles,
                    all[^1].Handles,
                    Slope(settled, sample => sample.Handles));
            }),
        ];
    }

    public static void Print(IReadOnlyList<SoakTrend> trends, TextWriter output)
    {
        output.WriteLine($"{"process",-24} {"RSS MB first",12} {"last",8} {"MB/hour",9} {"handles first",14} {"last",6} {"handles/hour",13}");
        foreach (var trend in trends)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{trend.Process,-24} {trend.FirstRssMb,12:0.0} {trend.LastRssMb,8:0.0} {trend.RssMbPerHour,9:+0.0;-0.0} {trend.FirstHandles,14} {trend.LastHandles,6} {trend.HandlesPerHour,13:+0.0;-0.0}"));
        }
    }

    private static double Slope(IReadOnlyList<ProcessSample> samples, Func<ProcessSample, double> value)
    {
        if (samples.Count < 2)
        {
            return 0;
        }

        var hours = samples.Select(sample => sample.Elapsed.TotalHours).ToArray();
        var values = samples.Select(value).ToArray();
        var meanX = hours.Average();
        var meanY = values.Average();
        var covariance = hours.Zip(values, (x, y) => (x - meanX) * (y - meanY)).Sum();
        var variance = hours.Sum(x => (x - meanX) * (x - meanX));
        return variance == 0 ? 0 : covariance / variance;
    }

    private static double Megabytes(long bytes) => bytes / 1048576.0;
}
