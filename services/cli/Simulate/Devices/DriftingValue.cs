namespace Mobius.Micro.Cli.Simulate.Devices;

/// <summary>
/// A measurement that wanders like a real one: it starts in the middle half of its range, each
/// reading moves it by a small random step, and it turns back at the edges of the range.
/// </summary>
public sealed class DriftingValue
{
    private readonly double _low;
    private readonly double _high;
    private readonly double _largestStep;
    private double _value;

    /// <param name="largestStepFraction">The largest step of one reading, as a fraction of the range.</param>
    public DriftingValue(double low, double high, double largestStepFraction, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(high, low);
        _low = low;
        _high = high;
        _largestStep = (high - low) * largestStepFraction;
        _value = low + ((high - low) * (0.25 + (random.NextDouble() * 0.5)));
    }

    public double Next(Random random)
    {
        var next = _value + (((random.NextDouble() * 2) - 1) * _largestStep);
        if (next > _high)
        {
            next = (2 * _high) - next;
        }

        if (next < _low)
        {
            next = (2 * _low) - next;
        }

        _value = Math.Clamp(next, _low, _high);
        return _value;
    }
}
