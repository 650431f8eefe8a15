using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Mqtt;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Reporting;

/// <summary>Counts what was sent, safe to update from every connector's publishes at once.</summary>
public sealed class SimulationCounters : IPublishObserver
{
    private readonly long[] _misbehaving = new long[Enum.GetValues<Misbehaviour>().Length];
    private long _upEnOcean;
    private long _upWorkOcc;
    private long _upGarbage;
    private long _online;
    private long _heartbeats;
    private long _lastWills;
    private long _publishFailures;

    public void Published(OutgoingMessage message, PublishOutcome outcome)
    {
        if (!outcome.Acknowledged)
        {
            Interlocked.Increment(ref _publishFailures);
            return;
        }

        Interlocked.Increment(ref _misbehaving[(int)message.Misbehaviour]);
        Interlocked.Increment(ref CounterOf(message));
    }

    public CountersSnapshot Snapshot() => new(
        Interlocked.Read(ref _upEnOcean),
        Interlocked.Read(ref _upWorkOcc),
        Interlocked.Read(ref _upGarbage),
        Interlocked.Read(ref _online),
        Interlocked.Read(ref _heartbeats),
        Interlocked.Read(ref _lastWills),
        Enum.GetValues<Misbehaviour>()
            .Where(misbehaviour => misbehaviour != Misbehaviour.None)
            .ToDictionary(misbehaviour => misbehaviour, misbehaviour => Interlocked.Read(ref _misbehaving[(int)misbehaviour])),
        Interlocked.Read(ref _publishFailures));

    private ref long CounterOf(OutgoingMessage message)
    {
        switch (message.Role)
        {
            case MessageRole.Online:
                return ref _online;
            case MessageRole.Heartbeat:
                return ref _heartbeats;
            case MessageRole.LastWill:
                return ref _lastWills;
            default:
                if (message.Module == RadioModule.EnOcean)
                {
                    return ref _upEnOcean;
                }

                if (message.Module == RadioModule.WorkOcc)
                {
                    return ref _upWorkOcc;
                }

                return ref _upGarbage;
        }
    }
}
