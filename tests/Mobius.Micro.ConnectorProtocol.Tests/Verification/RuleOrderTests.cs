using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

/// <summary>The rules run in the spec's order; the first failure decides.</summary>
public sealed class RuleOrderTests
{
    [Fact]
    public async Task Malformed_claims_come_before_the_signature()
    {
        var claims = SpecExample.UpClaims();
        claims["seq"] = "1042";

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims, "psk-of-another-connector")));
    }

    [Fact]
    public async Task The_signature_comes_before_the_topic()
    {
        var claims = SpecExample.UpClaims();
        claims["sn"] = "MF_00BCC1";

        Assert.Equal(RejectionReason.BadSignature, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims, "psk-of-another-connector")));
    }

    [Fact]
    public async Task The_topic_comes_before_freshness()
    {
        var claims = SpecExample.UpClaims();
        claims["sn"] = "MF_00BCC1";
        claims["iat"] = SpecExample.IssuedAtUnixSeconds - 3600;

        Assert.Equal(RejectionReason.TopicMismatch, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    [Fact]
    public async Task Freshness_comes_before_the_content()
    {
        var claims = SpecExample.UpClaims();
        claims["iat"] = SpecExample.IssuedAtUnixSeconds - 3600;
        claims["mod"] = "lora";

        Assert.Equal(RejectionReason.Stale, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }
}
