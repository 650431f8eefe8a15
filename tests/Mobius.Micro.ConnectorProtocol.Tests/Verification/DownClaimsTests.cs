using System.Text.Json.Nodes;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

/// <summary>The <c>down</c> claims, as a connector (or the simulator) checks what the gateway sent.</summary>
public sealed class DownClaimsTests
{
    private static readonly ConnectorTopic DownTopic = VerificationHarness.Topic(MessageKind.Down);

    [Fact]
    public async Task A_downlink_carries_its_id_and_esp3_packet()
    {
        VerifiedConnectorMessage message = await VerificationHarness.VerifiedAsync(IndependentJws.Hs256(SpecExample.DownClaims()), DownTopic);

        var down = Assert.IsType<DownClaims>(message.Claims);
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", down.DownlinkId);
        Assert.Equal(RadioModule.EnOcean, down.Module);
        Assert.Equal(SpecExample.EnOceanTelegram, down.Data);
        Assert.Equal("gateway01", down.Boot);
        Assert.Equal(7, down.Sequence);
    }

    [Fact]
    public async Task Downlinks_are_enocean_only()
    {
        var claims = SpecExample.DownClaims();
        claims["mod"] = "workocc";
        claims["data"] = SpecExample.WorkOccFrame;

        Assert.Equal(RejectionReason.BadPayload, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims), DownTopic));
    }

    [Fact]
    public async Task Downlink_data_is_upper_case_hex()
    {
        var claims = SpecExample.DownClaims();
        claims["data"] = SpecExample.EnOceanTelegram.ToLowerInvariant();

        Assert.Equal(RejectionReason.BadPayload, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims), DownTopic));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("mod")]
    [InlineData("data")]
    public async Task A_missing_down_claim_is_malformed(string name)
    {
        JsonObject claims = SpecExample.DownClaims();
        claims.Remove(name);

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims), DownTopic));
    }
}
