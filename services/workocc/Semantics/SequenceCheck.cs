namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>The verdict on a frame's sequence number and, for <see cref="SequenceVerdict.Next"/>, how many frames were missed.</summary>
public readonly record struct SequenceCheck(SequenceVerdict Verdict, int MissedFrames)
{
    /// <summary>Nothing was missed since the previous frame applied: its state still held when this one was sent.</summary>
    public bool IsContiguous => Verdict == SequenceVerdict.Next && MissedFrames == 0;
}
