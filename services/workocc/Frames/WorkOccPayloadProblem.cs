namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>What is wrong with a payload that is a <see cref="WorkOccErrorCode.BadPayload"/>; counted separately.</summary>
public enum WorkOccPayloadProblem
{
    /// <summary><c>state</c> greater than 2.</summary>
    StateOutOfRange,

    /// <summary><c>battery</c> in 101..254 (0..100 is a percentage, 255 unknown).</summary>
    BatteryOutOfRange,

    /// <summary><c>humidity</c> in 201..254 (0..200 is half-percent steps, 255 unknown).</summary>
    HumidityOutOfRange,

    /// <summary>One of the reserved health flag bits 3..7 is set.</summary>
    ReservedFlagsSet,
}
