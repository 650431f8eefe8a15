namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>Where a frame's sequence number puts it relative to the newest frame applied.</summary>
public enum SequenceVerdict
{
    /// <summary>The first frame known from this sensor.</summary>
    First,

    /// <summary>Ahead of the newest by 1..128 (mod 256): newer; <see cref="SequenceCheck.MissedFrames"/> were not heard in between.</summary>
    Next,

    /// <summary>
    /// Equal to the newest or behind it by less than 128 (mod 256), received within the reorder window:
    /// a late copy or a reordered frame that must not overwrite the newer reading.
    /// </summary>
    Stale,

    /// <summary>
    /// Equal to or behind the newest, but received longer than the reorder window after it: no late
    /// copy is that late, so the sensor restarted its sequence (a reboot).
    /// </summary>
    Restarted,
}
