namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>Type <c>0x04</c>: temperature, humidity and illuminance.</summary>
public sealed record EnvironmentFrame : WorkOccFrame
{
    public override WorkOccMessageType Type => WorkOccMessageType.Environment;

    /// <summary>Degrees Celsius, in steps of 0.01.</summary>
    public required double Temperature { get; init; }

    /// <summary>Relative humidity percent 0..100 in steps of 0.5; <see langword="null"/> when unknown (<c>0xFF</c>).</summary>
    public required double? Humidity { get; init; }

    /// <summary>Lux; <see langword="null"/> when unknown (<c>0xFFFF</c>).</summary>
    public required int? Illuminance { get; init; }
}
