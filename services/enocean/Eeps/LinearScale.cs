namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// Maps a raw range linearly onto a scaled range, as EEP definitions state them. Either range may
/// run downwards: A5-02-05 maps raw 255..0 onto 0..40 °C.
/// </summary>
public sealed record LinearScale(double RawMin, double RawMax, double ScaledMin, double ScaledMax)
{
    public double Apply(long raw) => ScaledMin + ((raw - RawMin) * (ScaledMax - ScaledMin) / (RawMax - RawMin));
}
