using System.Globalization;
using Mobius.Micro.Cli.Simulate.Connectors;

namespace Mobius.Micro.Cli.Simulate.Reporting;

/// <summary>Writes the counters for people: a progress line while running, a summary at the end.</summary>
public static class SummaryWriter
{
    public static void WriteProgress(TextWriter output, TimeSpan elapsed, CountersSnapshot counters)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[{elapsed.TotalSeconds,5:0} s] up {counters.Up} ({Rate(counters.Up, elapsed):0.0}/s), status {counters.Status}, publish failures {counters.PublishFailures}"));
    }

    public static void WriteSummary(TextWriter output, SimulationSummary summary)
    {
        var counters = summary.Counters;
        var misbehaving = string.Join(", ", counters.Misbehaving.Select(entry => $"{entry.Key.ToName()} {entry.Value}"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"""
            simulate: {summary.Connectors} connectors, offered {summary.OfferedRate:0.###}/s for {summary.Duration.TotalSeconds:0.###} s, seed {summary.Seed}
              sent:        up {counters.Up} (enocean {counters.UpEnOcean}, workocc {counters.UpWorkOcc}, garbage {counters.UpGarbage}), status {counters.Status} (online {counters.Online}, heartbeat {counters.Heartbeats}, last will {counters.LastWills})
              misbehaving: {misbehaving}
              achieved:    {Rate(counters.Up, summary.Elapsed):0.0} up/s over {summary.Elapsed.TotalSeconds:0.0} s; publish failures {counters.PublishFailures}; not offered {summary.NotOffered}
            """));
    }

    private static double Rate(long count, TimeSpan elapsed) => elapsed > TimeSpan.Zero ? count / elapsed.TotalSeconds : 0;
}
