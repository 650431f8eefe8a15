namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// Maps a raw range linearly onto a scaled range, as EEP definitions state them. Either range may
/// run downwards: A5-02-05 maps raw 255..0 onto 0..40 °C.
/// </summary>
public sealed record LinearScale(double RawMin, double RawMax, double ScaledMin, double ScaledMax)
{
    /// <summary>
    /// The scaled value (a single raw value maps onto <see cref="ScaledMin"/>), divided once at the end so that exact results stay exact
    /// (D2-14-41: raw 496 on 0..1000 → -2.5..2.5 g is -0.02, not -0.020000000000000018).
    /// </summary>
    public double Apply(long raw)
    {
        var rawSpan = RawMax - RawMin;
        return rawSpan == 0 ? ScaledMin : (((raw - RawMin) * (ScaledMax - ScaledMin)) + (ScaledMin * rawSpan)) / rawSpan;
    }

    /// <summary>The raw value nearest to <paramref name="scaled"/> (for encoding commands).</summary>
    public long RawOf(double scaled) => (long)Math.Round(RawMin + ((scaled - ScaledMin) * (RawMax - RawMin) / (ScaledMax - ScaledMin)), MidpointRounding.AwayFromZero);
}
