namespace Mobius.Micro.Bench.Pipeline.Stages;

/// <summary>The offered rates: the fixed ones every path is measured at, and the ramp's steps (×1.5 each).</summary>
public static class Rates
{
    public static IReadOnlyList<double> Fixed { get; } = [100, 1_000, 5_000];

    public static IEnumerable<double> Ramp(double from = 2_000, double upTo = 60_000)
    {
        for (var rate = from; rate <= upTo; rate = Math.Round(rate * 1.5 / 500) * 500)
        {
            yield return rate;
        }
    }
}
