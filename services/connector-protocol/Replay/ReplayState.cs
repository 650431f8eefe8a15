namespace Mobius.Micro.ConnectorProtocol.Replay;

/// <summary>
/// What the gateway keeps per connector for rule 7: the latest accepted <c>(boot, seq)</c>, plus which of the
/// <see cref="WindowSize"/> sequence numbers up to it were accepted, so that a redelivery of an accepted
/// message can be told from a replay. Store all three fields together and replace them atomically.
/// </summary>
/// <param name="Boot">The boot of the latest accepted message.</param>
/// <param name="Sequence">The highest accepted <c>seq</c> of that boot.</param>
/// <param name="AcceptedWindow">Bit <c>k</c> is set when <c>Sequence − k</c> was accepted (bit 0 is <c>Sequence</c> itself).</param>
public sealed record ReplayState(string Boot, long Sequence, ulong AcceptedWindow)
{
    public const int WindowSize = 64;
}
