using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Replay;

/// <summary>
/// Rule 7 as a pure function. The caller reads the connector's <see cref="ReplayState"/>, decides, and
/// stores <see cref="ReplayDecision.NextState"/> only if the state is still the one it read (compare-and-set),
/// deciding again otherwise.
/// </summary>
public static class ReplayGuard
{
    /// <summary>
    /// <list type="bullet">
    /// <item>The last will (<see cref="VerifiedConnectorMessage.IsLastWill"/>) is accepted without the sequence
    /// rule while its boot is still the current one, and leaves the state alone; if the boot changed since the
    /// verifier waived its freshness check, it is a replay.</item>
    /// <item>No state yet, or another boot: accepted (the verifier has checked it is fresh); its boot becomes current.</item>
    /// <item>Same boot: accepted when <c>seq</c> is greater than the latest. A lower <c>seq</c> within the last
    /// <see cref="ReplayState.WindowSize"/> is a duplicate when it was accepted (a connector signs each
    /// <c>(boot, seq)</c> once, so a validly signed copy is the accepted message itself) and accepted once when it
    /// was not: messages overtake each other on the way (a broker's shared subscriptions do not keep order across
    /// a reconnect), and refusing the late one would lose it. Older than the window: a replay. This is the
    /// anti-replay window of IPsec; every <c>(boot, seq)</c> is still accepted at most once.</item>
    /// </list>
    /// </summary>
    public static ReplayDecision Decide(ReplayState? latest, VerifiedConnectorMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string boot = message.Claims.Boot;
        long sequence = message.Claims.Sequence;
        bool isCurrentBoot = latest is not null && string.Equals(latest.Boot, boot, StringComparison.Ordinal);

        if (message.IsLastWill)
        {
            return new ReplayDecision(isCurrentBoot ? ReplayVerdict.Accept : ReplayVerdict.Replay, null);
        }

        if (latest is null || !isCurrentBoot)
        {
            return new ReplayDecision(ReplayVerdict.Accept, new ReplayState(boot, sequence, 1));
        }

        if (sequence > latest.Sequence)
        {
            long advance = sequence - latest.Sequence;
            ulong window = advance >= ReplayState.WindowSize ? 1 : (latest.AcceptedWindow << (int)advance) | 1;
            return new ReplayDecision(ReplayVerdict.Accept, new ReplayState(boot, sequence, window));
        }

        long age = latest.Sequence - sequence;
        if (age >= ReplayState.WindowSize)
        {
            return new ReplayDecision(ReplayVerdict.Replay, null);
        }

        ulong bit = 1UL << (int)age;
        return (latest.AcceptedWindow & bit) != 0
            ? new ReplayDecision(ReplayVerdict.Duplicate, null)
            : new ReplayDecision(ReplayVerdict.Accept, latest with { AcceptedWindow = latest.AcceptedWindow | bit });
    }
}
