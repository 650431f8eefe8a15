namespace Mobius.Micro.Cli.Simulate.WorkOcc;

/// <summary>A sensor's battery: starts between 40 and 100 %, loses a percent now and then, reports low below 20 %.</summary>
public sealed class WorkOccBattery(Random random)
{
    private const double DrainChance = 0.002;
    private const int LowBelowPercent = 20;
    private const int EmptyMillivolts = 2100;
    private const int MillivoltsPerPercent = 9;

    public int Percent { get; private set; } = random.Next(40, 101);

    public bool IsLow => Percent < LowBelowPercent;

    /// <summary>2.1 V empty to 3.0 V full.</summary>
    public int Millivolts => EmptyMillivolts + (Percent * MillivoltsPerPercent);

    public void Drain(Random chance)
    {
        if (Percent > 0 && chance.NextDouble() < DrainChance)
        {
            Percent--;
        }
    }
}
