using System.Globalization;

namespace Mobius.Micro.Bench.ObjectStore;

/// <summary>Prints the results as a table, one line per measurement.</summary>
public static class ResultTable
{
    public const double TargetUpdatesPerSecond = 5_000;

    public static void Print(BenchOptions options, WriteResult write, ReadResult read)
    {
        var rows = new (string Measure, string Value, string Detail)[]
        {
            ("resource updates/s (bus -> PostgreSQL)", Number(write.ValuesPerSecond),
                $"{write.Values:N0} values in {write.Messages:N0} messages over {options.Devices:N0} objects, {write.TotalTime.TotalSeconds:F1} s; target >= {TargetUpdatesPerSecond:N0}: {(write.ValuesPerSecond >= TargetUpdatesPerSecond ? "met" : "NOT met")}"),
            ("reports/s consumed", Number(write.MessagesPerSecond), $"{BenchOptions.ValuesPerMessage} values each"),
            ("reports/s published", Number(write.PublishedPerSecond), $"largest queue backlog {write.LargestBacklog:N0}"),
            ("API object reads/s", Number(read.ReadsPerSecond),
                $"{read.Reads:N0} GETs, {options.ReadConcurrency} clients, {read.Elapsed.TotalSeconds:F1} s, {read.Failures} failed"),
            ("API read latency p50 / p99 (ms)", $"{read.PercentileMilliseconds(50):F2} / {read.PercentileMilliseconds(99):F2}", ""),
        };
        var width = rows.Max(row => row.Measure.Length);
        var valueWidth = rows.Max(row => row.Value.Length);
        Console.WriteLine();
        Console.WriteLine($"Object store benchmark ({Environment.ProcessorCount} cores, whole stack on this machine)");
        Console.WriteLine($"{"measure".PadRight(width)} | {"value".PadLeft(valueWidth)} | detail");
        Console.WriteLine($"{new string('-', width)}-+-{new string('-', valueWidth)}-+-{new string('-', 40)}");
        foreach (var (measure, value, detail) in rows)
        {
            Console.WriteLine($"{measure.PadRight(width)} | {value.PadLeft(valueWidth)} | {detail}");
        }
    }

    private static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
