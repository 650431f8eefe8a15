using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>How long a data telegram's payload is, and where the learn bit of 4BS and 1BS telegrams sits.</summary>
public static class EepPayloadLayout
{
    private const int FourBsLength = 4;
    private const int OneByteLength = 1;

    /// <summary>DB0.3 of the last payload byte: 1 in data telegrams, 0 in teach-in telegrams.</summary>
    private const int LearnBitInLastByte = 4;

    /// <summary>4BS 4 bytes, 1BS and RPS 1 byte; other RORGs (VLD, ...) as many bytes as the case's fields and conditions reach.</summary>
    public static int PayloadLength(EepDefinition definition, EepCase @case) => definition.Rorg switch
    {
        Rorg.FourBs => Math.Max(FourBsLength, @case.MinimumLength),
        _ => Math.Max(OneByteLength, @case.MinimumLength),
    };

    /// <summary>The bit offset of the learn bit in a payload of <paramref name="payloadLength"/> bytes, or null when the RORG has none.</summary>
    public static int? LearnBitOffset(EepDefinition definition, int payloadLength) =>
        definition.Rorg is Rorg.FourBs or Rorg.OneBs
            ? ((payloadLength - 1) * 8) + LearnBitInLastByte
            : null;
}
