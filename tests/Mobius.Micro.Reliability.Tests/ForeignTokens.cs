using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>Compact JWS an attacker might send: other algorithms with real signatures of theirs, or none at all.</summary>
public static class ForeignTokens
{
    public static string Hs384(Dictionary<string, object> claims, string key) =>
        Signed("""{"alg":"HS384","typ":"JWT"}""", claims, input => HMACSHA384.HashData(Encoding.UTF8.GetBytes(key), input));

    public static string Rs256(Dictionary<string, object> claims)
    {
        using var rsa = RSA.Create(2048);
        return Signed("""{"alg":"RS256","typ":"JWT"}""", claims, input => rsa.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    /// <summary><c>alg:none</c> with the empty signature RFC 7519 describes for unsecured JWTs.</summary>
    public static string Unsecured(Dictionary<string, object> claims) => Signed("""{"alg":"none","typ":"JWT"}""", claims, _ => []);

    private static string Signed(string header, Dictionary<string, object> claims, Func<byte[], byte[]> sign)
    {
        var input = $"{Base64Url(Encoding.UTF8.GetBytes(header))}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        return $"{input}.{Base64Url(sign(Encoding.ASCII.GetBytes(input)))}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
