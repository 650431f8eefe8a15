namespace Mobius.Micro.EnOcean;

/// <summary>Tells teach-in telegrams from data telegrams by RORG and learn bit.</summary>
public static class TeachInDetector
{
    private const byte LearnBitMask = 0x08;

    /// <summary>
    /// 4BS and 1BS carry the learn bit in DB0.3 (the last payload byte): 0 means teach-in.
    /// UTE telegrams are teach-in queries or answers. Other RORGs have no learn bit.
    /// </summary>
    public static bool IsTeachIn(Rorg rorg, ReadOnlySpan<byte> payload) => rorg switch
    {
        Rorg.FourBs or Rorg.OneBs => !payload.IsEmpty && (payload[^1] & LearnBitMask) == 0,
        Rorg.Ute => true,
        _ => false,
    };
}
