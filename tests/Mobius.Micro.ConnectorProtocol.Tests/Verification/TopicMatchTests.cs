using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

/// <summary>Rule 5: <c>sn</c> and <c>typ</c> equal the topic's serial and kind, else topic_mismatch.</summary>
public sealed class TopicMatchTests
{
    [Theory]
    [InlineData("MF_00BCC1")] // another connector
    [InlineData("MF_00bcc0")] // the same digits in lower case are not the serial
    [InlineData("00BCC0")]
    [InlineData("")]
    public async Task An_sn_other_than_the_topic_serial_is_a_mismatch(string sn)
    {
        var claims = SpecExample.UpClaims();
        claims["sn"] = sn;

        Assert.Equal(RejectionReason.TopicMismatch, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    [Theory]
    [InlineData("status")]
    [InlineData("ack")]
    [InlineData("down")]
    [InlineData("UP")]
    [InlineData("telemetry")]
    public async Task A_typ_other_than_the_topic_kind_is_a_mismatch(string typ)
    {
        var claims = SpecExample.UpClaims();
        claims["typ"] = typ;

        Assert.Equal(RejectionReason.TopicMismatch, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    [Fact]
    public async Task A_valid_status_published_on_the_up_topic_is_a_mismatch()
    {
        string token = IndependentJws.Hs256(SpecExample.StatusClaims(online: true));

        Assert.Equal(RejectionReason.TopicMismatch, await VerificationHarness.FirstFailureAsync(token, VerificationHarness.UpTopic));
    }
}
