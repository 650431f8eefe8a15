namespace Mobius.Micro.Cli.Simulate.Scheduling;

/// <summary>
/// The offered load as due times: at <c>R</c> messages per second for <c>S</c> seconds, message
/// <c>k</c> (from 1) is due at <c>k / R</c> seconds, <c>floor(R · S)</c> in all. Messages are dealt to
/// the connectors in turn, so each offers <c>R / N</c>. A sender that wakes late sends everything
/// due in one batch, so timer jitter never changes the rate.
/// </summary>
public sealed class RateSchedule
{
    // R · t computed in floating point may land a hair under a whole number it stands for.
    private const double RoundingTolerance = 1e-9;

    private readonly double _messagesPerSecond;

    public RateSchedule(double messagesPerSecond, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(messagesPerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        _messagesPerSecond = messagesPerSecond;
        Duration = duration;
        Total = MessagesWithin(duration);
    }

    public TimeSpan Duration { get; }

    /// <summary>How many messages the whole run offers.</summary>
    public long Total { get; }

    /// <summary>How many messages are due once <paramref name="elapsed"/> has passed since the start.</summary>
    public long DueBy(TimeSpan elapsed) => elapsed <= TimeSpan.Zero ? 0 : Math.Min(Total, MessagesWithin(elapsed));

    /// <summary>The connector (0..<paramref name="connectors"/>−1) that sends message <paramref name="messageIndex"/> (from 0).</summary>
    public static int ConnectorOf(long messageIndex, int connectors) => (int)(messageIndex % connectors);

    private long MessagesWithin(TimeSpan elapsed) => (long)Math.Floor((_messagesPerSecond * elapsed.TotalSeconds) + RoundingTolerance);
}
