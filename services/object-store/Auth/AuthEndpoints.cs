using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Users;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>
/// Login and token refresh. Both answer <c>{"token","refreshToken"}</c> bare, without the success
/// envelope, exactly as MobiusFlow does, so its clients read <c>.token</c> unchanged.
/// </summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").AllowAnonymous();
        auth.MapPost("/login", LoginAsync);
        auth.MapPost("/refresh", RefreshAsync);
        return api;
    }

    private static async Task<TokenPair> LoginAsync(
        LoginRequest request, UserAuthenticator authenticator, TokenIssuer tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            throw ApiErrors.InvalidRequest("username and password are required");
        }

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

        var userId = await tokens.ReadRefreshTokenAsync(request.RefreshToken) ?? throw ApiErrors.InvalidRefreshToken();
        var user = await users.FindByIdAsync(userId, cancellationToken) ?? throw ApiErrors.InvalidRefreshToken();
        return tokens.Issue(user);
    }
}
