using System.Text.Json.Nodes;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Messages;

public sealed class ConnectorMessageSignerTests
{
    private static readonly ConnectorSerial Serial = ConnectorSerial.Parse(SpecExample.Serial);

    private static UpClaims SpecExampleUp => new()
    {
        Serial = Serial,
        Boot = SpecExample.Boot,
        Sequence = SpecExample.Sequence,
        IssuedAt = SpecExample.IssuedAt,
        Module = RadioModule.EnOcean,
        Data = SpecExample.EnOceanTelegram,
        Rssi = -65,
    };

    [Fact]
    public void The_header_is_exactly_the_specs()
    {
        string token = new ConnectorMessageSigner().Sign(SpecExampleUp, ConnectorPsk.Create(IndependentJws.Psk));

        Assert.Equal("""{"alg":"HS256","typ":"JWT"}""", IndependentJws.Decode(token.Split('.')[0]));
    }

    [Fact]
    public void The_spec_example_signs_to_the_spec_example_claims()
    {
        string token = new ConnectorMessageSigner().Sign(SpecExampleUp, ConnectorPsk.Create(IndependentJws.Psk));

        JsonNode? claims = JsonNode.Parse(IndependentJws.Decode(token.Split('.')[1]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(SpecExample.UpClaimsJson), claims), claims?.ToJsonString());
    }

    [Theory]
    [InlineData("0123456789abcdef")] // 16 bytes, the shortest PSK
    [InlineData(IndependentJws.Psk)]
    [InlineData("€-PSK-with-multi-byte-characters-Ω")]
    public void The_signature_is_hmac_sha256_keyed_with_the_psk_utf8_bytes(string psk)
    {
        string token = new ConnectorMessageSigner().Sign(SpecExampleUp, ConnectorPsk.Create(psk));

        Assert.True(IndependentJws.HasHs256Signature(token, psk));
    }

    [Fact]
    public void The_longest_psk_signs_with_its_own_bytes()
    {
        string psk = new('k', ConnectorPsk.MaxLengthInBytes);

        string token = new ConnectorMessageSigner().Sign(SpecExampleUp, ConnectorPsk.Create(psk));

        Assert.True(IndependentJws.HasHs256Signature(token, psk));
    }

    [Fact]
    public void Iat_is_whole_unix_seconds()
    {
        UpClaims claims = SpecExampleUp with { IssuedAt = SpecExample.IssuedAt.AddMilliseconds(700) };

        string token = new ConnectorMessageSigner().Sign(claims, ConnectorPsk.Create(IndependentJws.Psk));

        Assert.Equal(SpecExample.IssuedAtUnixSeconds, JsonNode.Parse(IndependentJws.Decode(token.Split('.')[1]))!["iat"]!.GetValue<long>());
    }

    [Fact]
    public void A_status_carries_only_the_details_it_has()
    {
        var status = new StatusClaims
        {
            Serial = Serial,
            Boot = SpecExample.Boot,
            Sequence = 1,
            IssuedAt = SpecExample.IssuedAt,
            Online = false,
            Firmware = "1.4.2",
            Modules = ["WorkOcc", "EnOcean"],
            UptimeSeconds = 3600,
        };

        string token = new ConnectorMessageSigner().Sign(status, ConnectorPsk.Create(IndependentJws.Psk));

        JsonNode expected = JsonNode.Parse(
            """{"sn":"MF_00BCC0","typ":"status","boot":"7f3a9c21","seq":1,"iat":1764064800,"online":false,"fw":"1.4.2","modules":["WorkOcc","EnOcean"],"uptime":3600}""")!;
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(IndependentJws.Decode(token.Split('.')[1]))));
    }

    [Fact]
    public void A_down_message_carries_id_module_enocean_and_data()
    {
        var down = new DownClaims
        {
            Serial = Serial,
            Boot = "gateway01",
            Sequence = 7,
            IssuedAt = SpecExample.IssuedAt,
            DownlinkId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            Data = SpecExample.EnOceanTelegram,
        };

        string token = new ConnectorMessageSigner().Sign(down, ConnectorPsk.Create(IndependentJws.Psk));

        Assert.True(JsonNode.DeepEquals(SpecExample.DownClaims(), JsonNode.Parse(IndependentJws.Decode(token.Split('.')[1]))));
        Assert.True(IndependentJws.HasHs256Signature(token, IndependentJws.Psk));
    }

    [Fact]
    public void An_ack_carries_id_ok_and_err()
    {
        var ack = new AckClaims
        {
            Serial = Serial,
            Boot = SpecExample.Boot,
            Sequence = SpecExample.Sequence,
            IssuedAt = SpecExample.IssuedAt,
            DownlinkId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            Ok = false,
            Error = "radio busy",
        };

        string token = new ConnectorMessageSigner().Sign(ack, ConnectorPsk.Create(IndependentJws.Psk));

        JsonObject expected = SpecExample.AckClaims();
        expected["ok"] = false;
        expected["err"] = "radio busy";
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(IndependentJws.Decode(token.Split('.')[1]))));
    }

    [Fact]
    public async Task What_the_signer_signs_the_verifier_verifies()
    {
        string token = new ConnectorMessageSigner().Sign(SpecExampleUp, ConnectorPsk.Create(IndependentJws.Psk));

        VerifiedConnectorMessage message = await VerificationHarness.VerifiedAsync(token);

        Assert.Equal(SpecExampleUp, message.Claims);
    }
}
