using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>
/// The raw value of a scaled field (temperature, humidity, ...) drifting within the inner 80 % of
/// its raw range, at most 1 % of the range per telegram: 10–30 °C and slow for a 0–40 °C sensor.
/// </summary>
public sealed class ScaledFieldDrift
{
    private const double Margin = 0.1;
    private const double LargestStep = 0.01;

    private readonly DriftingValue _raw;

    public ScaledFieldDrift(EepField field, Random random)
    {
        var (low, high) = EepFieldValues.ScaledRawRange(field);
        var margin = (high - (double)low) * Margin;
        _raw = new DriftingValue(low + margin, high - margin, LargestStep, random);
    }

    public long Next(Random random) => (long)Math.Round(_raw.Next(random));
}
