namespace Mobius.Micro.Cli.Simulate.Reporting;

/// <summary>The counters at one moment: messages the broker acknowledged, by role and module, by misbehaviour, and publishes that failed.</summary>
public sealed record CountersSnapshot(
    long UpEnOcean,
    long UpWorkOcc,
    long UpGarbage,
    long Online,
    long Heartbeats,
    long LastWills,
    IReadOnlyDictionary<Connectors.Misbehaviour, long> Misbehaving,
    long PublishFailures)
{
    public long Up => UpEnOcean + UpWorkOcc + UpGarbage;

    public long Status => Online + Heartbeats + LastWills;
}
