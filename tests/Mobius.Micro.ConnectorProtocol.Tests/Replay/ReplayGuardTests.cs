using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Replay;
using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Replay;

/// <summary>
/// Rule 7: per connector the latest (boot, seq); same boot needs a greater seq or an unseen one within the
/// window (a late message, accepted once), a new boot is accepted, a redelivered accepted message is a silent
/// duplicate, anything older than the window a replay, and the last will of the current boot is the exception.
/// </summary>
public sealed class ReplayGuardTests
{
    private const string Boot = "7f3a9c21";
    private const string NextBoot = "e41b07d5";

    [Fact]
    public void The_first_message_of_a_connector_is_accepted_and_becomes_the_state()
    {
        ReplayDecision decision = ReplayGuard.Decide(null, Up(Boot, 1));

        Assert.Equal(new ReplayDecision(ReplayVerdict.Accept, new ReplayState(Boot, 1, 0b1)), decision);
    }

    [Fact]
    public void A_greater_seq_of_the_same_boot_is_accepted()
    {
        ReplayDecision decision = ReplayGuard.Decide(new ReplayState(Boot, 1041, 0b1), Up(Boot, 1042));

        Assert.Equal(new ReplayDecision(ReplayVerdict.Accept, new ReplayState(Boot, 1042, 0b11)), decision);
    }

    [Fact]
    public void A_gap_in_seq_is_accepted_and_remembered_as_not_accepted()
    {
        ReplayDecision decision = ReplayGuard.Decide(new ReplayState(Boot, 10, 0b1), Up(Boot, 13));

        Assert.Equal(new ReplayDecision(ReplayVerdict.Accept, new ReplayState(Boot, 13, 0b1001)), decision);
    }

    [Fact]
    public void A_jump_beyond_the_window_forgets_the_older_seqs()
    {
        ReplayDecision decision = ReplayGuard.Decide(new ReplayState(Boot, 10, ulong.MaxValue), Up(Boot, 10 + ReplayState.WindowSize));

        Assert.Equal(new ReplayDecision(ReplayVerdict.Accept, new ReplayState(Boot, 74, 0b1)), decision);
    }

    [Fact]
    public void The_same_boot_and_seq_again_is_a_silent_duplicate()
    {
        ReplayDecision decision = ReplayGuard.Decide(new ReplayState(Boot, 1042, 0b1), Up(Boot, 1042));

        Assert.Equal(new ReplayDecision(ReplayVerdict.Duplicate, null), decision);
    }

    [Fact]
    public void A_lower_seq_that_was_accepted_is_a_silent_duplicate()
    {
        // 1040, 1041 and 1042 were accepted.
        ReplayDecision decision = ReplayGuard.Decide(new ReplayState(Boot, 1042, 0b111), Up(Boot, 1040));

        Assert.Equal(new ReplayDecision(ReplayVerdict.Duplicate, null), decision);
    }

    [Fact]
    public void A_late_seq_within_the_window_that_was_never_accepted_is_accepted_once()
    {
        // 1040 and 1042 were accepted, 1041 was not: it arrives late.
        ReplayDecision late = ReplayGuard.Decide(new ReplayState(Boot, 1042, 0b101), Up(Boot, 1041));

        Assert.Equal(new ReplayDecision(ReplayVerdict.Accept, new ReplayState(Boot, 1042, 0b111)), late);
        Assert.Equal(ReplayVerdict.Duplicate, ReplayGuard.Decide(late.NextState, Up(Boot, 1041)).Verdict);
    }

    [Fact]
    public void A_lower_seq_older_than_the_window_is_a_replay()
    {
        var everyRecentSeqAccepted = new ReplayState(Boot, 100, ulong.MaxValue);

        Assert.Equal(ReplayVerdict.Duplicate, ReplayGuard.Decide(everyRecentSeqAccepted, Up(Boot, 100 - (ReplayState.WindowSize - 1))).Verdict);
        Assert.Equal(ReplayVerdict.Replay, ReplayGuard.Decide(everyRecentSeqAccepted, Up(Boot, 100 - ReplayState.WindowSize)).Verdict);
    }

    [Fact]
    public void A_new_boot_is_accepted_whatever_its_seq()
    {
        ReplayDecision decision = ReplayGuard.Decide(new ReplayState(Boot, 5000, 0b1), Up(NextBoot, 1));

        Assert.Equal(new ReplayDecision(ReplayVerdict.Accept, new ReplayState(NextBoot, 1, 0b1)), decision);
    }

    [Fact]
    public void The_last_will_of_the_current_boot_is_accepted_despite_its_older_seq_and_keeps_the_state()
    {
        ReplayDecision decision = ReplayGuard.Decide(new ReplayState(Boot, 1042, 0b1), LastWill(Boot, 1));

        Assert.Equal(new ReplayDecision(ReplayVerdict.Accept, null), decision);
    }

    [Fact]
    public void A_last_will_whose_boot_is_no_longer_current_is_a_replay()
    {
        Assert.Equal(new ReplayDecision(ReplayVerdict.Replay, null), ReplayGuard.Decide(new ReplayState(NextBoot, 3, 0b1), LastWill(Boot, 1)));
        Assert.Equal(new ReplayDecision(ReplayVerdict.Replay, null), ReplayGuard.Decide(null, LastWill(Boot, 1)));
    }

    [Fact]
    public void A_redelivered_burst_is_all_duplicates_and_the_next_message_is_accepted()
    {
        ReplayState? state = null;
        for (long seq = 1; seq <= 5; seq++)
        {
            ReplayDecision accepted = ReplayGuard.Decide(state, Up(Boot, seq));
            Assert.Equal(ReplayVerdict.Accept, accepted.Verdict);
            state = accepted.NextState;
        }

        for (long seq = 3; seq <= 5; seq++)
        {
            Assert.Equal(new ReplayDecision(ReplayVerdict.Duplicate, null), ReplayGuard.Decide(state, Up(Boot, seq)));
        }

        Assert.Equal(ReplayVerdict.Accept, ReplayGuard.Decide(state, Up(Boot, 6)).Verdict);
    }

    private static VerifiedConnectorMessage Up(string boot, long seq) => new(
        new UpClaims
        {
            Serial = ConnectorSerial.Parse(SpecExample.Serial),
            Boot = boot,
            Sequence = seq,
            IssuedAt = SpecExample.IssuedAt,
            Module = RadioModule.EnOcean,
            Data = SpecExample.EnOceanTelegram,
        },
        IsLastWill: false);

    private static VerifiedConnectorMessage LastWill(string boot, long seq) => new(
        new StatusClaims
        {
            Serial = ConnectorSerial.Parse(SpecExample.Serial),
            Boot = boot,
            Sequence = seq,
            IssuedAt = SpecExample.IssuedAt,
            Online = false,
        },
        IsLastWill: true);
}
