namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>
/// The same frame heard by several connectors is one reading: a frame whose fingerprint (UID, type,
/// sequence and payload: the frame bytes) equals one accepted no longer than the window before or
/// after it is a duplicate. Times are the gateway's receive times, so a copy redelivered by the
/// bus minutes later still carries the time it was heard.
/// </summary>
public static class DuplicateWindow
{
    /// <summary>How many recent frames are remembered at most; older ones fall out even inside the window.</summary>
    public const int Capacity = 16;

    /// <summary>The applied frame <paramref name="reception"/> is a copy of, if any.</summary>
    public static HeardFrame? FindOriginal(IReadOnlyList<HeardFrame> recent, FrameReception reception, TimeSpan window)
    {
        foreach (var heard in recent)
        {
            if (heard.Fingerprint == reception.Fingerprint && (reception.ReceivedAt - heard.ReceivedAt).Duration() <= window)
            {
                return heard;
            }
        }

        return null;
    }

    /// <summary>The recent frames with <paramref name="heard"/> added and those older than the window before it dropped.</summary>
    public static IReadOnlyList<HeardFrame> Remember(IReadOnlyList<HeardFrame> recent, HeardFrame heard, TimeSpan window)
    {
        var kept = recent.Where(frame => heard.ReceivedAt - frame.ReceivedAt <= window).Append(heard).ToList();
        return kept.Count > Capacity ? kept[^Capacity..] : kept;
    }
}
