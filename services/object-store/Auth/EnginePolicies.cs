using Microsoft.AspNetCore.Authorization;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>Authorization policies named after the role they need; an admin passes every one.</summary>
public static class EnginePolicies
{
    public const string Read = EngineRoles.Read;
    public const string Configure = EngineRoles.Configure;

    /// <summary>Every endpoint needs a valid token unless it allows anonymous callers; each policy needs its role or admin.</summary>
    public static AuthorizationBuilder AddEnginePolicies(this AuthorizationBuilder authorization)
    {
        authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var role in new[] { Read, Configure })
        {
            authorization.AddPolicy(role, policy => policy.RequireRole(role, EngineRoles.Admin));
        }

        return authorization;
    }
}
