using System.Text;
using System.Text.Json.Nodes;
using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

/// <summary>Rule 2: a compact HS256 JWS of at most 4 KiB with well-typed common claims, else malformed.</summary>
public sealed class WellFormedTokenTests
{
    private static readonly string Example = IndependentJws.Hs256(SpecExample.UpClaimsJson);

    [Fact]
    public async Task Alg_none_without_signature_is_malformed()
    {
        string token = IndependentJws.Segment("""{"alg":"none","typ":"JWT"}""") + "." + IndependentJws.Segment(SpecExample.UpClaimsJson) + ".";

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(token));
    }

    [Fact]
    public async Task Alg_none_with_a_correct_hmac_is_malformed()
    {
        string token = IndependentJws.Hs256(SpecExample.UpClaimsJson, header: """{"alg":"none","typ":"JWT"}""");

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(token));
    }

    [Fact]
    public async Task Alg_hs384_correctly_signed_with_the_psk_is_malformed() =>
        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs384(SpecExample.UpClaims())));

    [Fact]
    public async Task Alg_rs256_is_malformed() =>
        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Rs256(SpecExample.UpClaims())));

    [Theory]
    [InlineData("""{"typ":"JWT"}""")]
    [InlineData("""{"alg":"hs256","typ":"JWT"}""")]
    [InlineData("""{"alg":"HS256 ","typ":"JWT"}""")]
    [InlineData("""{"alg":"HS512","typ":"JWT"}""")]
    [InlineData("""{"alg":"ES256","typ":"JWT"}""")]
    [InlineData("""{"alg":256,"typ":"JWT"}""")]
    [InlineData("""{"alg":null,"typ":"JWT"}""")]
    [InlineData("""["HS256"]""")]
    [InlineData("""not json""")]
    public async Task A_header_without_alg_exactly_HS256_is_malformed(string header)
    {
        string token = IndependentJws.Hs256(SpecExample.UpClaimsJson, header: header);

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(token));
    }

    public static TheoryData<string> NotThreeBase64UrlSegments
    {
        get
        {
            string[] parts = Example.Split('.');
            return new TheoryData<string>
            {
                string.Empty,
                parts[0] + "." + parts[1],
                Example + "." + parts[2],
                parts[0] + ".." + parts[2],
                "." + parts[1] + "." + parts[2],
                Example + "=",
                parts[0] + "." + parts[1] + "=." + parts[2],
                parts[0] + "." + parts[1].Replace('-', '+').Replace('_', '/') + "+/." + parts[2],
                parts[0] + ".e30AA." + parts[2], // 5 characters: a length of 4n + 1 is never base64url
                Example + "\n",
                " " + Example,
                parts[0] + ". " + parts[1] + "." + parts[2],
            };
        }
    }

    [Theory]
    [MemberData(nameof(NotThreeBase64UrlSegments))]
    public async Task Anything_but_three_base64url_segments_is_malformed(string token) =>
        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(token));

    [Fact]
    public async Task Five_segments_of_a_jwe_are_malformed()
    {
        string token = string.Join('.', IndependentJws.Segment("""{"alg":"dir","enc":"A256GCM"}"""), "AAAA", "AAAA", "AAAA", "AAAA");

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(token));
    }

    [Fact]
    public void Bytes_that_are_not_ascii_are_malformed()
    {
        byte[] payload = [.. Encoding.ASCII.GetBytes(Example), 0xC3, 0xA9];

        Assert.False(ConnectorMessageVerifier.TryReadToken(payload, out _));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""["sn","MF_00BCC0"]""")]
    [InlineData("\"MF_00BCC0\"")]
    [InlineData("""{"sn":"MF_00BCC0",}""")]
    public async Task Claims_that_are_not_a_json_object_are_malformed(string claims) =>
        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));

    [Fact]
    public async Task A_claim_named_twice_is_malformed()
    {
        string claims = SpecExample.UpClaimsJson.Replace("""{"sn":"MF_00BCC0",""", """{"sn":"MF_00BCC0","sn":"MF_00BCC0",""", StringComparison.Ordinal);

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    [Fact]
    public async Task A_token_of_exactly_4_KiB_is_well_formed()
    {
        string token = PaddedToLength(4096);

        Assert.Null(await VerificationHarness.FirstFailureAsync(token));
    }

    [Fact]
    public async Task A_token_of_4_KiB_and_1_byte_is_malformed()
    {
        string token = PaddedToLength(4097);

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(token));
    }

    public static TheoryData<string, JsonNode?> IllTypedCommonClaims => new()
    {
        { "sn", null },
        { "sn", 123456 },
        { "typ", true },
        { "boot", 73921000 },
        { "boot", "7f3a9c2" }, // 7 characters
        { "boot", new string('b', 33) },
        { "seq", "1042" },
        { "seq", 1042.5 },
        { "seq", JsonNode.Parse("1042.0") },
        { "seq", JsonNode.Parse("1.042e3") },
        { "seq", 0 },
        { "seq", -1 },
        { "seq", JsonNode.Parse("9223372036854775808") },
        { "iat", "1764064800" },
        { "iat", 1764064800.5 },
        { "iat", 253402300800 }, // after 9999-12-31
        { "iat", new JsonArray(1764064800) },
    };

    [Theory]
    [MemberData(nameof(IllTypedCommonClaims))]
    public async Task An_ill_typed_or_out_of_range_common_claim_is_malformed(string name, JsonNode? value)
    {
        var claims = SpecExample.UpClaims();
        claims[name] = value;

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    [Theory]
    [InlineData("sn")]
    [InlineData("typ")]
    [InlineData("boot")]
    [InlineData("seq")]
    [InlineData("iat")]
    public async Task A_missing_common_claim_is_malformed(string name)
    {
        var claims = SpecExample.UpClaims();
        claims.Remove(name);

        Assert.Equal(RejectionReason.Malformed, await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(32)]
    public async Task A_boot_of_8_to_32_characters_is_well_formed(int length)
    {
        var claims = SpecExample.UpClaims();
        claims["boot"] = new string('b', length);

        Assert.Null(await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    [Fact]
    public async Task The_first_seq_of_a_boot_is_1()
    {
        var claims = SpecExample.UpClaims();
        claims["seq"] = 1;

        Assert.Null(await VerificationHarness.FirstFailureAsync(IndependentJws.Hs256(claims)));
    }

    // The example up message with a filler claim sized so that the whole token has the given length.
    private static string PaddedToLength(int length)
    {
        for (int filler = 0; filler < length; filler++)
        {
            var claims = SpecExample.UpClaims();
            claims["pad"] = new string('p', filler);
            string token = IndependentJws.Hs256(claims);
            if (token.Length == length)
            {
                return token;
            }
        }

        throw new InvalidOperationException($"No filler gives a token of {length} bytes.");
    }
}
