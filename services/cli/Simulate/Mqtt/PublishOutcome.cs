namespace Mobius.Micro.Cli.Simulate.Mqtt;

/// <summary>What became of one publish: acknowledged by the broker, or the reason it was not.</summary>
public readonly record struct PublishOutcome(bool Acknowledged, string? Failure)
{
    public static PublishOutcome Success { get; } = new(true, null);

    public static PublishOutcome Failed(string reason) => new(false, reason);
}
