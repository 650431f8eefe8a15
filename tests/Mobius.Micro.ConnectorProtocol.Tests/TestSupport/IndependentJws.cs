using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ConnectorProtocol.Tests.TestSupport;

/// <summary>
/// Builds compact JWS the way RFC 7515 describes it, with the framework's HMAC and nothing from the
/// library under test: the oracle for what a connector sends.
/// </summary>
internal static class IndependentJws
{
    public const string Hs256Header = """{"alg":"HS256","typ":"JWT"}""";

    /// <summary>The PSK the tests' connector MF_00BCC0 has: 23 UTF-8 bytes.</summary>
    public const string Psk = "psk-of-MF_00BCC0-secret";

    public static string Hs256(JsonObject claims, string psk = Psk, string header = Hs256Header) =>
        Hs256(claims.ToJsonString(), psk, header);

    public static string Hs256(string claimsJson, string psk = Psk, string header = Hs256Header)
    {
        string signingInput = SigningInput(header, claimsJson);
        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(psk), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(mac);
    }

    public static string Hs384(JsonObject claims, string psk = Psk)
    {
        string signingInput = SigningInput("""{"alg":"HS384","typ":"JWT"}""", claims.ToJsonString());
        byte[] mac = HMACSHA384.HashData(Encoding.UTF8.GetBytes(psk), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(mac);
    }

    public static string Rs256(JsonObject claims)
    {
        using var rsa = RSA.Create(2048);
        string signingInput = SigningInput("""{"alg":"RS256","typ":"JWT"}""", claims.ToJsonString());
        byte[] signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public static string Segment(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    public static string Decode(string segment) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(segment));

    public static bool HasHs256Signature(string token, string psk)
    {
        int lastDot = token.LastIndexOf('.');
        byte[] expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(psk), Encoding.ASCII.GetBytes(token[..lastDot]));
        return Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1)).AsSpan().SequenceEqual(expected);
    }

    private static string SigningInput(string header, string claimsJson) => Segment(header) + "." + Segment(claimsJson);
}
