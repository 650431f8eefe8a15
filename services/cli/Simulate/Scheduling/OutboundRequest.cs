namespace Mobius.Micro.Cli.Simulate.Scheduling;

/// <summary>What the scheduler asks a connector's sender to send next.</summary>
public enum OutboundRequest
{
    Up,
    Heartbeat,
}
