namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>
/// Decides for each <c>up</c> message of one connector whether and how it misbehaves, so that every
/// misbehaviour takes its fraction of the messages to within one message, not just on average. Each
/// message adds every fraction to that misbehaviour's credit; once a credit reaches 1, the message
/// misbehaves in the way with the most credit, which pays 1 back. Starting credits come from the
/// seeded random source, so connectors do not misbehave in step, and a seed repeats a run.
/// </summary>
public sealed class MisbehaviourPlan
{
    private readonly IReadOnlyList<(Misbehaviour Misbehaviour, double Fraction)> _fractions;
    private readonly double[] _credits;

    public MisbehaviourPlan(MisbehaviourFractions fractions, Random random)
    {
        _fractions = fractions.All;
        _credits = [.. _fractions.Select(entry => entry.Fraction > 0 ? random.NextDouble() : 0)];
    }

    /// <param name="canReplay">False while there is no earlier message to replay: a replay then waits for a later message.</param>
    public Misbehaviour Next(bool canReplay)
    {
        var chosen = -1;
        for (var index = 0; index < _credits.Length; index++)
        {
            _credits[index] += _fractions[index].Fraction;
            var eligible = _credits[index] >= 1 && (canReplay || _fractions[index].Misbehaviour != Misbehaviour.Replay);
            if (eligible && (chosen < 0 || _credits[index] > _credits[chosen]))
            {
                chosen = index;
            }
        }

        if (chosen < 0)
        {
            return Misbehaviour.None;
        }

        _credits[chosen] -= 1;
        return _fractions[chosen].Misbehaviour;
    }
}
