namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>Which fraction of the <c>up</c> messages misbehaves in each way; each 0..1, together at most 1.</summary>
public sealed record MisbehaviourFractions(double WrongPsk, double Replay, double Stale, double Malformed, double BadCrc)
{
    /// <summary>The misbehaviours in a fixed order, with their fractions.</summary>
    public IReadOnlyList<(Misbehaviour Misbehaviour, double Fraction)> All =>
    [
        (Misbehaviour.WrongPsk, WrongPsk),
        (Misbehaviour.Replay, Replay),
        (Misbehaviour.Stale, Stale),
        (Misbehaviour.Malformed, Malformed),
        (Misbehaviour.BadCrc, BadCrc),
    ];

    public double Total => WrongPsk + Replay + Stale + Malformed + BadCrc;

    /// <summary>Null when usable, else why not.</summary>
    public string? Problem()
    {
        foreach (var (misbehaviour, fraction) in All)
        {
            if (!(fraction is >= 0 and <= 1))
            {
                return $"--{misbehaviour.ToName()} must be a fraction between 0 and 1, not {fraction}";
            }
        }

        return Total > 1 + 1e-9 ? $"the misbehaviour fractions add up to {Total}, more than 1" : null;
    }
}
