using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Mobius.Micro.ObjectStore.Auth;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// Checks the <c>authorize</c> message of a subscription websocket: <c>"Bearer &lt;token&gt;"</c> (or the
/// bare token) must be a valid access token of a user with the <c>subscribe</c> (or <c>admin</c>) role.
/// </summary>
public sealed class SubscriptionAuthorizer(IOptions<AuthOptions> options)
{
    private readonly JsonWebTokenHandler handler = new();

    /// <summary>Null when authorized, else the error code (<c>unauthorized</c> or <c>forbidden</c>) and a message.</summary>
    public async Task<(string ErrorCode, string Message)?> CheckAsync(string? authorization)
    {
        var token = authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true ? authorization[7..].Trim() : authorization?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            return (Api.ApiErrorCodes.Unauthorized, "the authorize payload must be \"Bearer <token>\"");
        }

        var result = await handler.ValidateTokenAsync(token, EngineTokens.ValidationParameters(options.Value, EngineTokens.AccessAudience));
        if (!result.IsValid)
        {
            return (Api.ApiErrorCodes.Unauthorized, "the token is invalid or has expired");
        }

        var roles = result.ClaimsIdentity.FindAll(EngineTokens.RoleClaim).Select(claim => claim.Value);
        return roles.Any(role => role is EngineRoles.Subscribe or EngineRoles.Admin)
            ? null
            : (Api.ApiErrorCodes.Forbidden, $"subscribing needs one of the roles: {EngineRoles.Subscribe}, {EngineRoles.Admin}");
    }
}
