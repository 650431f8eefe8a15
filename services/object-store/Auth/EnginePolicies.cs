using Microsoft.AspNetCore.Authorization;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>
/// Authorization policies named after the role they need; an admin passes every one. <c>read</c> to
/// read, <c>write</c> to write values and send commands, <c>configure</c> to change objects and
/// services, <c>admin</c> for users (and backups with secrets). <c>subscribe</c> is checked by the
/// websocket's own handshake; <c>flows</c> guards nothing here (this store runs no flows).
/// </summary>
public static class EnginePolicies
{
    public const string Read = EngineRoles.Read;
    public const string Write = EngineRoles.Write;
    public const string Configure = EngineRoles.Configure;
    public const string Admin = EngineRoles.Admin;

    /// <summary>Every endpoint needs a valid token unless it allows anonymous callers; each policy needs its role or admin.</summary>
    public static AuthorizationBuilder AddEnginePolicies(this AuthorizationBuilder authorization)
    {
        authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var role in new[] { Read, Write, Configure })
        {
            authorization.AddPolicy(role, policy => policy.RequireRole(role, EngineRoles.Admin));
        }

        authorization.AddPolicy(Admin, policy => policy.RequireRole(EngineRoles.Admin));
        return authorization;
    }
}
