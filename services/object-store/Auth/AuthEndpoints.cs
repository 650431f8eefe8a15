using Microsoft.AspNetCore.RateLimiting;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Users;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>
/// Login and token refresh, the only endpoints without a token, both rate limited. Both answer
/// <c>{"token","refreshToken"}</c> bare, without the success envelope, exactly as MobiusFlow does,
/// so its clients read <c>.token</c> unchanged.
/// </summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth").RequireRateLimiting(LoginRateLimiter.PerIpPolicy);
        auth.MapPost("/login", LoginAsync)
            .DocumentedBare<TokenPair>("Log in: an access token (10 min) and a refresh token (12 h)", null, Status400BadRequest, Status401Unauthorized, Status429TooManyRequests);
        auth.MapPost("/refresh", RefreshAsync)
            .DocumentedBare<TokenPair>("New tokens for a refresh token", null, Status400BadRequest, Status401Unauthorized, Status429TooManyRequests);
        return api;
    }

    private static async Task<TokenPair> LoginAsync(
        LoginRequest request, LoginRateLimiter limiter, UserAuthenticator authenticator, TokenIssuer tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            throw ApiErrors.InvalidRequest("username and password are required");
        }

        limiter.AttemptLogin(request.Username);
        var user = await authenticator.AuthenticateAsync(request.Username, request.Password, cancellationToken)
            ?? throw ApiErrors.InvalidCredentials();
        return tokens.Issue(user);
    }

    private static async Task<TokenPair> RefreshAsync(
        RefreshRequest request, UserStore users, TokenIssuer tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.RefreshToken))
        {
            throw ApiErrors.InvalidRequest("refreshToken is required");
        }

        var (userId, version) = await tokens.ReadRefreshTokenAsync(request.RefreshToken) ?? throw ApiErrors.InvalidRefreshToken();
        var user = await users.FindByIdAsync(userId, cancellationToken);
        return user is not null && user.TokenVersion == version ? tokens.Issue(user) : throw ApiErrors.InvalidRefreshToken();
    }
}
