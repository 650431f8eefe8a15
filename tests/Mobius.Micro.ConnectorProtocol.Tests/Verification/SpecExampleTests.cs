using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

public sealed class SpecExampleTests
{
    [Fact]
    public async Task The_spec_example_signed_by_a_connector_verifies_to_its_claims()
    {
        string token = IndependentJws.Hs256(SpecExample.UpClaimsJson);

        VerifiedConnectorMessage message = await VerificationHarness.VerifiedAsync(token);

        var up = Assert.IsType<UpClaims>(message.Claims);
        Assert.Equal(ConnectorSerial.Parse("MF_00BCC0"), up.Serial);
        Assert.Equal(MessageKind.Up, up.Kind);
        Assert.Equal("7f3a9c21", up.Boot);
        Assert.Equal(1042, up.Sequence);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 10, 0, 0, TimeSpan.Zero), up.IssuedAt);
        Assert.Equal(RadioModule.EnOcean, up.Module);
        Assert.Equal("55000A0701EBA50071870A01879DE60001FFFFFFFF410074", up.Data);
        Assert.Equal(-65, up.Rssi);
        Assert.False(message.IsLastWill);
    }

    [Fact]
    public async Task The_shortest_psk_verifies_with_its_own_bytes()
    {
        const string psk = "0123456789abcdef";
        string token = IndependentJws.Hs256(SpecExample.UpClaimsJson, psk);

        Assert.Null(await VerificationHarness.FirstFailureAsync(token, psk: psk));
    }

    [Fact]
    public async Task The_longest_psk_verifies_with_its_own_bytes()
    {
        string psk = string.Concat(Enumerable.Repeat("€", 42)) + "ab";
        string token = IndependentJws.Hs256(SpecExample.UpClaimsJson, psk);

        Assert.Null(await VerificationHarness.FirstFailureAsync(token, psk: psk));
    }

    [Fact]
    public async Task A_header_without_typ_is_still_an_hs256_jws()
    {
        string token = IndependentJws.Hs256(SpecExample.UpClaimsJson, header: """{"alg":"HS256"}""");

        Assert.Null(await VerificationHarness.FirstFailureAsync(token));
    }

    [Fact]
    public async Task Claims_the_spec_does_not_know_are_ignored()
    {
        var claims = SpecExample.UpClaims();
        claims["fwBuild"] = "2025-11-01";

        Assert.Null(await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }
}
