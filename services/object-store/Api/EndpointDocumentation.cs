namespace Mobius.Micro.ObjectStore.Api;

/// <summary>
/// What the OpenAPI document says of an endpoint: its summary, the role it needs, its success data
/// (in the success envelope) and the error statuses it answers (in the error envelope).
/// </summary>
public static class EndpointDocumentation
{
    /// <param name="policy">The role policy required, or null for an anonymous endpoint.</param>
    public static RouteHandlerBuilder Documented<TData>(this RouteHandlerBuilder builder, string summary, string? policy, params int[] errors)
    {
        builder.WithSummary(summary).Produces<SuccessEnvelope<TData>>(StatusCodes.Status200OK, "application/json");
        return builder.Secured(policy, errors);
    }

    /// <summary>As <see cref="Documented{TData}"/> for an endpoint whose success answer is not enveloped.</summary>
    public static RouteHandlerBuilder DocumentedBare<TResponse>(this RouteHandlerBuilder builder, string summary, string? policy, params int[] errors)
    {
        builder.WithSummary(summary).Produces<TResponse>(StatusCodes.Status200OK, "application/json");
        return builder.Secured(policy, errors);
    }

    /// <summary>The request body's JSON shape, for endpoints that read it as raw JSON (see <see cref="DocumentedBody"/>).</summary>
    public static RouteHandlerBuilder Takes<TBody>(this RouteHandlerBuilder builder) where TBody : notnull =>
        builder.WithMetadata(new DocumentedBody(typeof(TBody)));

    private static RouteHandlerBuilder Secured(this RouteHandlerBuilder builder, string? policy, int[] errors)
    {
        var statuses = policy is null ? errors : [.. errors, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden];
        foreach (var status in statuses.Distinct().Order())
        {
            builder.Produces<ErrorEnvelope>(status, "application/json");
        }

        if (policy is null)
        {
            return builder.AllowAnonymous().WithDescription("No token needed.");
        }

        return builder.RequireAuthorization(policy).WithDescription($"Needs the role '{policy}' (or admin).");
    }
}

/// <summary>
/// The shape an endpoint's raw JSON body is documented with. Such endpoints bind <c>JsonElement</c>
/// to check the body themselves (and name what is wrong); the OpenAPI document shows this type instead.
/// </summary>
public sealed record DocumentedBody(Type Type);
