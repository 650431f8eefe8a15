using Mobius.Micro.ObjectStore.Api;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>
/// <c>GET /api/v1/mobius/subscribe/connect</c>: upgrades to the subscription websocket. The upgrade
/// needs no token: the client authorizes inside the socket (role <c>subscribe</c>), see <see cref="SubscriptionConnection"/>.
/// </summary>
public static class SubscriptionEndpoints
{
    public static IEndpointRouteBuilder MapSubscriptionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/mobius/subscribe/connect", ConnectAsync).WithTags("Subscriptions")
            .WithSummary("Upgrade to the subscription websocket; authorize inside it within 10 s (role subscribe)")
            .Produces(StatusCodes.Status101SwitchingProtocols)
            .Produces<ErrorEnvelope>(Status400BadRequest, "application/json")
            .AllowAnonymous();
        return api;
    }

    private static async Task ConnectAsync(HttpContext context, SubscriptionConnection connection)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            throw ApiErrors.WebSocketRequired();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await connection.RunAsync(socket, context.RequestAborted);
    }
}
