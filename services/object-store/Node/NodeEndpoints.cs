using System.Text.Json;
using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using Mobius.Micro.ObjectStore.History;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Services;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Node;

/// <summary>
/// <c>/api/v1/mobius/node</c>: configuration and health (<c>read</c>), backup (<c>configure</c>; with
/// <c>?secrets=true</c> only <c>admin</c>) and restore (<c>configure</c>).
/// </summary>
public static class NodeEndpoints
{
    public static IEndpointRouteBuilder MapNodeEndpoints(this IEndpointRouteBuilder api)
    {
        var node = api.MapGroup("/mobius/node").WithTags("Node");
        node.MapGet("/config/{hid}", ConfigAsync)
            .Documented<NodeConfigDocument>("The node's configuration", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        node.MapGet("/healthcheck/{hid}", HealthAsync)
            .Documented<NodeHealthDocument>("The node's health and each service's status", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        node.MapGet("/backup/{hid}", BackupAsync)
            .Documented<BackupDocument>("Every object's configuration and values (write-only values masked unless ?secrets=true, admin only)", EnginePolicies.Configure, Status400BadRequest, Status404NotFound);
        node.MapPost("/restore/{hid}", RestoreAsync).Takes<BackupDocument>()
            .Documented<RestoreSummary>("Make the hub's objects exactly those of a backup, all or nothing", EnginePolicies.Configure, Status400BadRequest, Status404NotFound);
        return api;
    }

    private static async Task<IResult> ConfigAsync(
        string hid, ObjectAddressing addressing, ServiceRepository services, ProfileCatalog profiles, IOptions<HistoryOptions> history, ApiResults results, CancellationToken cancellationToken)
    {
        var hub = Hub(hid, addressing);
        var registered = await services.ListAsync(hub, cancellationToken);
        return results.Ok(hub, NodeConfigDocument.From(hub, ServiceKind.All(profiles.Services), registered, history.Value));
    }

    private static async Task<IResult> HealthAsync(string hid, ObjectAddressing addressing, NodeHealth health, ApiResults results, CancellationToken cancellationToken)
    {
        var hub = Hub(hid, addressing);
        return results.Ok(hub, await health.CheckAsync(hub, cancellationToken));
    }

    private static async Task<IResult> BackupAsync(
        string hid, string? secrets, HttpContext context, ObjectAddressing addressing, NodeBackup backup, ApiResults results, CancellationToken cancellationToken)
    {
        var hub = Hub(hid, addressing);
        var withSecrets = secrets switch
        {
            null or "false" => false,
            "true" => true,
            _ => throw ApiErrors.InvalidRequest("secrets must be true or false"),
        };
        if (withSecrets && !context.User.IsInRole(EngineRoles.Admin))
        {
            throw NodeErrors.SecretsNeedAdmin();
        }

        return results.Ok(hub, await backup.TakeAsync(hub, withSecrets, cancellationToken));
    }

    private static async Task<IResult> RestoreAsync(
        string hid, JsonElement body, ObjectAddressing addressing, NodeRestorer restorer, ApiResults results, CancellationToken cancellationToken)
    {
        var hub = Hub(hid, addressing);
        return results.Ok(hub, await restorer.RestoreAsync(hub, body, cancellationToken));
    }

    private static string Hub(string hid, ObjectAddressing addressing)
    {
        var hub = ObjectModel.Uris.MobiusUri.FromParts(hid).Hid;
        addressing.CheckHub(hub);
        return hub;
    }
}
