namespace Mobius.Micro.Cli.Simulate.Reporting;

/// <summary>What a finished run reports.</summary>
/// <param name="Elapsed">From the first <c>up</c> due to the last publish's outcome.</param>
/// <param name="NotOffered">Messages of the schedule that were never handed out (the run was stopped early).</param>
public sealed record SimulationSummary(
    int Connectors,
    double OfferedRate,
    TimeSpan Duration,
    int Seed,
    TimeSpan Elapsed,
    long NotOffered,
    CountersSnapshot Counters);
