namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>Type <c>0x05</c>: battery, battery voltage and the tamper, low-battery and sensor-fault flags.</summary>
public sealed record HealthFrame : WorkOccFrame
{
    public override WorkOccMessageType Type => WorkOccMessageType.Health;

    /// <summary>Battery percent 0..100; <see langword="null"/> when unknown (<c>0xFF</c>).</summary>
    public required int? Battery { get; init; }

    public required int BatteryMillivolts { get; init; }

    public required bool Tamper { get; init; }

    public required bool LowBattery { get; init; }

    public required bool SensorFault { get; init; }
}
