namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>
/// Orders frames of one sensor by their 8-bit sequence number. A step of 1..128 forward (mod 256)
/// is newer; a step of 0 or backwards by 1..127 is stale when it arrives within the reorder window
/// of the newest frame (a duplicate or reordered copy), and a sequence restart (a reboot) when later.
/// </summary>
public static class SequenceOrder
{
    /// <summary>Forward steps up to this many count as newer; more is a step backwards.</summary>
    public const int MaxForwardStep = 128;

    public static SequenceCheck Check(SequenceMark? newest, byte sequence, DateTimeOffset receivedAt, TimeSpan reorderWindow)
    {
        if (newest is null)
        {
            return new SequenceCheck(SequenceVerdict.First, 0);
        }

        var step = (sequence - newest.Sequence) & 0xFF;
        if (step is > 0 and <= MaxForwardStep)
        {
            return new SequenceCheck(SequenceVerdict.Next, step - 1);
        }

        return receivedAt - newest.ReceivedAt <= reorderWindow
            ? new SequenceCheck(SequenceVerdict.Stale, 0)
            : new SequenceCheck(SequenceVerdict.Restarted, 0);
    }
}
