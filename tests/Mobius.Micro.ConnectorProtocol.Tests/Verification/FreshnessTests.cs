using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

/// <summary>Rule 6: <c>|now − iat| ≤ 300 s</c> (configurable), else stale; the last will of the current boot is exempt.</summary>
public sealed class FreshnessTests
{
    private static readonly DateTimeOffset Now = SpecExample.IssuedAt;

    [Theory]
    [InlineData(-300)]
    [InlineData(0)]
    [InlineData(300)]
    public async Task A_message_sent_within_300_seconds_either_way_is_fresh(int secondsFromNow)
    {
        string token = IndependentJws.Hs256(UpSentAt(Now.AddSeconds(secondsFromNow)));

        Assert.Null(await VerificationHarness.FirstFailureAsync(token, now: Now));
    }

    [Theory]
    [InlineData(-301)] // 301 s old
    [InlineData(301)] // 301 s in the future
    [InlineData(-86_400)]
    public async Task A_message_further_than_300_seconds_is_stale(int secondsFromNow)
    {
        string token = IndependentJws.Hs256(UpSentAt(Now.AddSeconds(secondsFromNow)));

        Assert.Equal(RejectionReason.Stale, await VerificationHarness.FirstFailureAsync(token, now: Now));
    }

    [Fact]
    public async Task An_iat_at_the_far_end_of_time_is_stale_not_a_crash()
    {
        var claims = SpecExample.UpClaims();
        claims["iat"] = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

        Assert.Equal(RejectionReason.Stale, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims), now: Now));
    }

    [Fact]
    public async Task The_window_is_configurable()
    {
        var window = TimeSpan.FromSeconds(60);

        Assert.Null(await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(UpSentAt(Now.AddSeconds(-60))), now: Now, freshnessWindow: window));
        Assert.Equal(
            RejectionReason.Stale,
            await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(UpSentAt(Now.AddSeconds(-61))), now: Now, freshnessWindow: window));
    }

    [Fact]
    public async Task The_last_will_of_the_current_boot_is_accepted_however_old()
    {
        var lastWill = SpecExample.StatusClaims(online: false);
        lastWill["iat"] = Now.AddHours(-6).ToUnixTimeSeconds();

        VerifiedConnectorMessage message = await VerificationHarness.VerifiedAsync(
            IndependentJws.Hs256(lastWill), VerificationHarness.Topic(MessageKind.Status), currentBoot: SpecExample.Boot, now: Now);

        Assert.True(message.IsLastWill);
    }

    [Theory]
    [InlineData("0badc0de")] // the connector rebooted since
    [InlineData(null)] // nothing accepted from it yet
    public async Task An_old_last_will_of_another_boot_is_stale(string? currentBoot)
    {
        var lastWill = SpecExample.StatusClaims(online: false);
        lastWill["iat"] = Now.AddHours(-6).ToUnixTimeSeconds();

        RejectionReason? failure = await VerificationHarness.FirstFailureAsync(
            IndependentJws.Hs256(lastWill), VerificationHarness.Topic(MessageKind.Status), currentBoot: currentBoot, now: Now);

        Assert.Equal(RejectionReason.Stale, failure);
    }

    [Fact]
    public async Task An_old_online_status_of_the_current_boot_is_stale()
    {
        var status = SpecExample.StatusClaims(online: true);
        status["iat"] = Now.AddHours(-6).ToUnixTimeSeconds();

        RejectionReason? failure = await VerificationHarness.FirstFailureAsync(
            IndependentJws.Hs256(status), VerificationHarness.Topic(MessageKind.Status), currentBoot: SpecExample.Boot, now: Now);

        Assert.Equal(RejectionReason.Stale, failure);
    }

    [Fact]
    public async Task Online_must_be_the_boolean_false_to_waive_freshness()
    {
        var status = SpecExample.StatusClaims(online: false);
        status["online"] = "false";
        status["iat"] = Now.AddHours(-6).ToUnixTimeSeconds();

        RejectionReason? failure = await VerificationHarness.FirstFailureAsync(
            IndependentJws.Hs256(status), VerificationHarness.Topic(MessageKind.Status), currentBoot: SpecExample.Boot, now: Now);

        Assert.Equal(RejectionReason.Stale, failure);
    }

    [Fact]
    public async Task A_fresh_offline_status_of_another_boot_is_an_ordinary_status()
    {
        VerifiedConnectorMessage message = await VerificationHarness.VerifiedAsync(
            IndependentJws.Hs256(SpecExample.StatusClaims(online: false)), VerificationHarness.Topic(MessageKind.Status), currentBoot: "0badc0de", now: Now);

        Assert.False(message.IsLastWill);
    }

    private static System.Text.Json.Nodes.JsonObject UpSentAt(DateTimeOffset sentAt)
    {
        var claims = SpecExample.UpClaims();
        claims["iat"] = sentAt.ToUnixTimeSeconds();
        return claims;
    }
}
