using Mobius.Micro.WorkOcc.Readings;

namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>The outcome of one frame: the sensor's next state, the verdict, what the frame revealed, and the values to write.</summary>
public sealed record SensorStep
{
    public required WorkOccSensorState State { get; init; }

    public required FrameVerdict Verdict { get; init; }

    /// <summary>The sequence check of an applied frame (missed frames, restart).</summary>
    public SequenceCheck Sequence { get; init; }

    /// <summary>A people-count frame showed that the sensor rebooted.</summary>
    public bool CounterRebooted { get; init; }

    /// <summary>Values for the sensor's object; empty unless the frame was applied, or redelivered while still the newest.</summary>
    public IReadOnlyList<SensorReading> Readings { get; init; } = [];

    public static SensorStep Ignored(WorkOccSensorState state, FrameVerdict verdict) => new() { State = state, Verdict = verdict };
}
