using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Mobius.Micro.ObjectStore.Users;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>Issues access and refresh tokens for a user, and reads the user id back out of a refresh token.</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options)
{
    private readonly JsonWebTokenHandler handler = new();

    public TokenPair Issue(UserAccount user)
    {
        var subject = new Dictionary<string, object> { [EngineTokens.SubjectClaim] = user.Id.ToString() };
        var access = Create(EngineTokens.AccessAudience, EngineTokens.AccessLifetime, new(subject)
        {
            [EngineTokens.NameClaim] = user.Username,
            [EngineTokens.RoleClaim] = user.Roles.ToArray(),
        });
        var refresh = Create(EngineTokens.RefreshAudience, EngineTokens.RefreshLifetime, new(subject) { [EngineTokens.VersionClaim] = user.TokenVersion });
        return new TokenPair(access, refresh);
    }

    /// <summary>The user a valid, unexpired refresh token was issued to and its token version then, or <see langword="null"/>.</summary>
    public async Task<(Guid UserId, long Version)?> ReadRefreshTokenAsync(string refreshToken)
    {
        var result = await handler.ValidateTokenAsync(
            refreshToken, EngineTokens.ValidationParameters(options.Value, EngineTokens.RefreshAudience));
        return result.IsValid
            && result.Claims.TryGetValue(EngineTokens.SubjectClaim, out var subject)
            && Guid.TryParse(subject as string, out var userId)
            && result.Claims.TryGetValue(EngineTokens.VersionClaim, out var version) && version is int or long
                ? (userId, Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture))
                : null;
    }

    private string Create(string audience, TimeSpan lifetime, Dictionary<string, object> claims)
    {
        var now = DateTime.UtcNow;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = EngineTokens.Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(EngineTokens.SigningKey(options.Value), SecurityAlgorithms.HmacSha256),
        });
    }
}
