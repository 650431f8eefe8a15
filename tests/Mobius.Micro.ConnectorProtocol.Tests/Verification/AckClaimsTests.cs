using System.Text.Json.Nodes;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

/// <summary>The <c>ack</c> claims: a string <c>id</c>, a boolean <c>ok</c>, an optional string <c>err</c>.</summary>
public sealed class AckClaimsTests
{
    private static readonly ConnectorTopic AckTopic = VerificationHarness.Topic(MessageKind.Ack);

    [Fact]
    public async Task A_failed_downlink_reports_its_error()
    {
        var claims = SpecExample.AckClaims();
        claims["ok"] = false;
        claims["err"] = "radio busy";

        VerifiedConnectorMessage message = await VerificationHarness.VerifiedAsync(IndependentJws.Hs256(claims), AckTopic);

        var ack = Assert.IsType<AckClaims>(message.Claims);
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", ack.DownlinkId);
        Assert.False(ack.Ok);
        Assert.Equal("radio busy", ack.Error);
    }

    [Fact]
    public async Task A_successful_downlink_needs_no_error()
    {
        VerifiedConnectorMessage message = await VerificationHarness.VerifiedAsync(IndependentJws.Hs256(SpecExample.AckClaims()), AckTopic);

        var ack = Assert.IsType<AckClaims>(message.Claims);
        Assert.True(ack.Ok);
        Assert.Null(ack.Error);
    }

    public static TheoryData<string, JsonNode?> IllTypedAckClaims => new()
    {
        { "id", 42 },
        { "ok", "true" },
        { "err", 500 },
    };

    [Theory]
    [MemberData(nameof(IllTypedAckClaims))]
    public async Task An_ill_typed_ack_claim_is_malformed(string name, JsonNode? value)
    {
        var claims = SpecExample.AckClaims();
        claims[name] = value;

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims), AckTopic));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("ok")]
    public async Task A_missing_ack_claim_is_malformed(string name)
    {
        var claims = SpecExample.AckClaims();
        claims.Remove(name);

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims), AckTopic));
    }
}
