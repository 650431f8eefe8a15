namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;

/// <summary>A clock the test sets: the decoder's sweep sees exactly the time a test wants.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
