using System.Text.Json.Nodes;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

/// <summary>
/// The <c>up</c> claims: ill-typed or missing is malformed; an unknown module or data that is not
/// whole upper-case hex bytes within the module's limit is bad_payload.
/// </summary>
public sealed class UpContentTests
{
    [Fact]
    public async Task The_workocc_example_frame_is_accepted()
    {
        var claims = SpecExample.UpClaims();
        claims["mod"] = "workocc";
        claims["data"] = SpecExample.WorkOccFrame;
        claims.Remove("rssi");

        VerifiedConnectorMessage message = await VerificationHarness.VerifiedAsync(IndependentJws.Hs256(claims));

        var up = Assert.IsType<UpClaims>(message.Claims);
        Assert.Equal(RadioModule.WorkOcc, up.Module);
        Assert.Equal("A701014B1D00072A01012C5532", up.Data);
        Assert.Null(up.Rssi);
    }

    [Theory]
    [InlineData("lora")]
    [InlineData("EnOcean")]
    [InlineData("")]
    public async Task An_unknown_module_is_a_bad_payload(string module)
    {
        var claims = SpecExample.UpClaims();
        claims["mod"] = module;

        Assert.Equal(RejectionReason.BadPayload, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    [Theory]
    [InlineData("55000a0701eba50071870a01879de60001ffffffff410074")] // lower case
    [InlineData("55000A0701EBA50071870A01879DE60001FFFFFFFF41007")] // odd length
    [InlineData("55000A0701EBA50071870A01879DE60001FFFFFFFF4100ZZ")]
    [InlineData("55 00 0A 07")]
    [InlineData("0x55000A07")]
    [InlineData("")]
    public async Task Data_that_is_not_upper_case_hex_bytes_is_a_bad_payload(string data)
    {
        var claims = SpecExample.UpClaims();
        claims["data"] = data;

        Assert.Equal(RejectionReason.BadPayload, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    [Theory]
    [InlineData("enocean", 1024, null)]
    [InlineData("enocean", 1025, RejectionReason.BadPayload)]
    [InlineData("workocc", 64, null)]
    [InlineData("workocc", 65, RejectionReason.BadPayload)]
    public async Task Data_may_not_exceed_the_module_limit(string module, int bytes, RejectionReason? expected)
    {
        var claims = SpecExample.UpClaims();
        claims["mod"] = module;
        claims["data"] = string.Concat(Enumerable.Repeat("A5", bytes));

        Assert.Equal(expected, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    public static TheoryData<string, JsonNode?> IllTypedUpClaims => new()
    {
        { "mod", 1 },
        { "mod", null },
        { "data", 55000 },
        { "data", new JsonArray(0x55, 0x00) },
        { "rssi", "-65" },
        { "rssi", -65.5 },
        { "rssi", null },
        { "rssi", 2_147_483_648 },
    };

    [Theory]
    [MemberData(nameof(IllTypedUpClaims))]
    public async Task An_ill_typed_up_claim_is_malformed(string name, JsonNode? value)
    {
        var claims = SpecExample.UpClaims();
        claims[name] = value;

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    [Theory]
    [InlineData("mod")]
    [InlineData("data")]
    public async Task A_missing_up_claim_is_malformed(string name)
    {
        var claims = SpecExample.UpClaims();
        claims.Remove(name);

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }
}
