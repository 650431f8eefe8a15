using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>Engine API tokens an attacker might present, made from a real one or with keys of their own.</summary>
public static class ForgedEngineTokens
{
    private const string Issuer = "mobius-micro-object-store";
    private const string Audience = "mobius-engine-api";

    /// <summary>An admin token signed with <paramref name="key"/> (the store's own key: expired; another key: never valid).</summary>
    public static string Admin(string key, TimeSpan expiresIn) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        IssuedAt = DateTime.UtcNow + expiresIn - TimeSpan.FromMinutes(10),
        NotBefore = DateTime.UtcNow + expiresIn - TimeSpan.FromMinutes(10),
        Expires = DateTime.UtcNow + expiresIn,
        Claims = new Dictionary<string, object> { ["sub"] = Guid.NewGuid().ToString(), ["name"] = "admin", ["role"] = new[] { "admin" } },
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
    });

    /// <summary>The token with one character of its signature changed.</summary>
    public static string SignatureFlipped(string token) => token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

    /// <summary>The token's claims with <c>alg:none</c> and no signature.</summary>
    public static string AlgNone(string token)
    {
        var parts = token.Split('.');
        return $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}.";
    }

    /// <summary>The token's claims changed to make its holder an admin, the original signature kept.</summary>
    public static string EscalatedToAdmin(string token)
    {
        var parts = token.Split('.');
        var claims = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        var admin = System.Text.RegularExpressions.Regex.Replace(claims, "\"role\":(\\[[^\\]]*\\]|\"[^\"]*\")", "\"role\":[\"admin\"]");
        return $"{parts[0]}.{Base64Url(admin)}.{parts[2]}";
    }

    private static string Base64Url(string text) => Base64UrlEncoder.Encode(text);
}
