namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>What became of a valid frame.</summary>
public enum FrameVerdict
{
    /// <summary>A new reading: the state advanced and its values are to be written.</summary>
    Applied,

    /// <summary>The same frame was already applied within the duplicate window (another connector heard it too).</summary>
    Duplicate,

    /// <summary>
    /// The very message that was applied, delivered again (a retry after a failure): nothing changes,
    /// but its values are given again while it is still the newest frame, so a failed publish is not lost.
    /// </summary>
    Redelivered,

    /// <summary>Older than the newest frame applied (a late copy or reordering): it must not overwrite the newer reading.</summary>
    Stale,
}
