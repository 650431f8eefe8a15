using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

/// <summary>Rule 4: the HMAC-SHA256 signature verifies with the connector's PSK, else bad_signature.</summary>
public sealed class SignatureTests
{
    private static readonly string Example = IndependentJws.Hs256(SpecExample.UpClaimsJson);

    [Theory]
    [InlineData("psk-of-MF_00BCC0-secreT")] // one character differs
    [InlineData("psk-of-MF_00BCC0-secre")] // one character less
    [InlineData("psk-of-another-connector")]
    public async Task A_token_signed_with_another_psk_has_a_bad_signature(string otherPsk)
    {
        string token = IndependentJws.Hs256(SpecExample.UpClaimsJson, otherPsk);

        Assert.Equal(RejectionReason.BadSignature, await VerificationHarness.FirstFailureAsync(token));
    }

    [Fact]
    public async Task Changed_claims_break_the_signature()
    {
        var changed = SpecExample.UpClaims();
        changed["rssi"] = -40;
        string[] parts = Example.Split('.');
        string token = parts[0] + "." + IndependentJws.Segment(changed.ToJsonString()) + "." + parts[2];

        Assert.Equal(RejectionReason.BadSignature, await VerificationHarness.FirstFailureAsync(token));
    }

    [Fact]
    public async Task A_signature_cut_short_is_bad()
    {
        string token = Example[..^1];

        Assert.Equal(RejectionReason.BadSignature, await VerificationHarness.FirstFailureAsync(token));
    }

    [Fact]
    public async Task The_signature_of_another_message_is_bad()
    {
        var other = SpecExample.UpClaims();
        other["seq"] = 1043;
        string[] parts = Example.Split('.');
        string token = parts[0] + "." + parts[1] + "." + IndependentJws.Hs256(other).Split('.')[2];

        Assert.Equal(RejectionReason.BadSignature, await VerificationHarness.FirstFailureAsync(token));
    }
}
