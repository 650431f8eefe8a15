namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>How one simulated EnOcean device behaves: the reading of its next telegram.</summary>
public interface IEepBehaviour
{
    EepReading Next(Random random);
}
