using System.Text.Json.Nodes;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

/// <summary>The <c>status</c> claims: a boolean <c>online</c> and optional details, each of the spec's type.</summary>
public sealed class StatusClaimsTests
{
    private static readonly ConnectorTopic StatusTopic = VerificationHarness.Topic(MessageKind.Status);

    [Fact]
    public async Task Every_detail_the_spec_lists_is_read()
    {
        var claims = SpecExample.StatusClaims(online: true);
        claims["fw"] = "1.4.2";
        claims["part"] = "EXT00112";
        claims["chip"] = "0419A2C3";
        claims["modules"] = new JsonArray("WorkOcc", "EnOcean");
        claims["ip"] = "192.168.1.40";
        claims["mask"] = "255.255.255.0";
        claims["dns"] = "192.168.1.1";
        claims["gw"] = "192.168.1.254";
        claims["macAddr"] = "24:6F:28:AA:BB:CC";
        claims["ssid"] = "building-iot";
        claims["bssid"] = "F0:9F:C2:11:22:33";
        claims["wifiRssi"] = -58;
        claims["uptime"] = 86_400;

        VerifiedConnectorMessage message = await VerificationHarness.VerifiedAsync(IndependentJws.Hs256(claims), StatusTopic);

        var status = Assert.IsType<StatusClaims>(message.Claims);
        Assert.True(status.Online);
        Assert.Equal("1.4.2", status.Firmware);
        Assert.Equal("EXT00112", status.PartNumber);
        Assert.Equal("0419A2C3", status.ChipId);
        Assert.Equal(["WorkOcc", "EnOcean"], status.Modules);
        Assert.Equal("192.168.1.40", status.IpAddress);
        Assert.Equal("255.255.255.0", status.SubnetMask);
        Assert.Equal("192.168.1.1", status.Dns);
        Assert.Equal("192.168.1.254", status.NetworkGateway);
        Assert.Equal("24:6F:28:AA:BB:CC", status.MacAddress);
        Assert.Equal("building-iot", status.Ssid);
        Assert.Equal("F0:9F:C2:11:22:33", status.Bssid);
        Assert.Equal(-58, status.WifiRssi);
        Assert.Equal(86_400, status.UptimeSeconds);
    }

    [Fact]
    public async Task Online_alone_is_a_complete_status()
    {
        VerifiedConnectorMessage message = await VerificationHarness.VerifiedAsync(IndependentJws.Hs256(SpecExample.StatusClaims(online: true)), StatusTopic);

        var status = Assert.IsType<StatusClaims>(message.Claims);
        Assert.True(status.Online);
        Assert.Null(status.Firmware);
        Assert.Null(status.Modules);
        Assert.Null(status.WifiRssi);
        Assert.Null(status.UptimeSeconds);
    }

    public static TheoryData<string, JsonNode?> IllTypedStatusClaims => new()
    {
        { "online", "true" },
        { "online", 1 },
        { "online", null },
        { "fw", 142 },
        { "modules", "EnOcean" },
        { "modules", new JsonArray("EnOcean", 2) },
        { "ip", new JsonArray(192, 168, 1, 40) },
        { "wifiRssi", "-58" },
        { "uptime", 1.5 },
    };

    [Theory]
    [MemberData(nameof(IllTypedStatusClaims))]
    public async Task An_ill_typed_status_claim_is_malformed(string name, JsonNode? value)
    {
        var claims = SpecExample.StatusClaims(online: true);
        claims[name] = value;

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims), StatusTopic));
    }

    [Fact]
    public async Task A_status_without_online_is_malformed()
    {
        var claims = SpecExample.StatusClaims(online: true);
        claims.Remove("online");

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims), StatusTopic));
    }
}
