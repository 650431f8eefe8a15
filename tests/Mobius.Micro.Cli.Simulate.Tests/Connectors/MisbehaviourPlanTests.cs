using Mobius.Micro.Cli.Simulate.Connectors;

namespace Mobius.Micro.Cli.Simulate.Tests.Connectors;

public sealed class MisbehaviourPlanTests
{
    private static readonly MisbehaviourFractions Mixed = new(WrongPsk: 0.1, Replay: 0.05, Stale: 0.02, Malformed: 0.03, BadCrc: 0.2);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Each_misbehaviour_takes_its_fraction_to_within_one_message(int seed)
    {
        var plan = new MisbehaviourPlan(Mixed, new Random(seed));

        var counts = Enumerable.Range(0, 10_000).Select(_ => plan.Next(canReplay: true)).GroupBy(misbehaviour => misbehaviour).ToDictionary(group => group.Key, group => group.Count());

        foreach (var (misbehaviour, fraction) in Mixed.All)
        {
            Assert.InRange(counts.GetValueOrDefault(misbehaviour), (fraction * 10_000) - 1, (fraction * 10_000) + 1);
        }

        Assert.Equal(10_000 * (1 - Mixed.Total), counts[Misbehaviour.None], 1.0);
    }

    [Fact]
    public void The_same_seed_gives_the_same_misbehaving_messages()
    {
        Assert.Equal(Sequence(seed: 7), Sequence(seed: 7));
        Assert.NotEqual(Sequence(seed: 7), Sequence(seed: 8));
    }

    [Fact]
    public void Without_misbehaviour_every_message_is_correct()
    {
        var plan = new MisbehaviourPlan(new MisbehaviourFractions(0, 0, 0, 0, 0), new Random(1));

        Assert.All(Enumerable.Range(0, 1000), _ => Assert.Equal(Misbehaviour.None, plan.Next(canReplay: true)));
    }

    [Fact]
    public void A_replay_waits_until_there_is_something_to_replay()
    {
        var plan = new MisbehaviourPlan(new MisbehaviourFractions(0, 0.5, 0, 0, 0), new Random(1));

        var early = Enumerable.Range(0, 10).Select(_ => plan.Next(canReplay: false)).ToList();
        var later = Enumerable.Range(0, 10).Select(_ => plan.Next(canReplay: true)).ToList();

        Assert.All(early, misbehaviour => Assert.Equal(Misbehaviour.None, misbehaviour));
        Assert.Equal(10, later.Count(misbehaviour => misbehaviour == Misbehaviour.Replay));
    }

    [Theory]
    [InlineData(0.5, 0.6, "add up to")]
    [InlineData(-0.1, 0, "--wrong-psk")]
    [InlineData(0, 1.5, "--replay")]
    public void Fractions_outside_0_to_1_or_adding_up_to_more_than_1_are_refused(double wrongPsk, double replay, string named)
    {
        Assert.Contains(named, new MisbehaviourFractions(wrongPsk, replay, 0, 0, 0).Problem(), StringComparison.Ordinal);
    }

    private static string Sequence(int seed)
    {
        var plan = new MisbehaviourPlan(Mixed, new Random(seed));
        return string.Join(",", Enumerable.Range(0, 200).Select(_ => plan.Next(canReplay: true)));
    }
}
