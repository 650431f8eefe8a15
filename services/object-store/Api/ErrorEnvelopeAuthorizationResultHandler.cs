using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Net.Http.Headers;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>Answers a missing or invalid token (401) and a missing role (403) in the error envelope.</summary>
internal sealed class ErrorEnvelopeAuthorizationResultHandler(ApiErrorWriter writer) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            return writer.WriteAsync(context, ApiErrors.Unauthorized());
        }

        if (authorizeResult.Forbidden)
        {
            var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(requirement => requirement.AllowedRoles);
            return writer.WriteAsync(context, ApiErrors.Forbidden(roles));
        }

        return standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
