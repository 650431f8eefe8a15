using System.Text.Json;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// Writing values (role <c>write</c>): one resource <c>{"priority":15,"value":10}</c>, several of one
/// object all-or-nothing <c>[{"r":"40","p":15,"v":43.9}]</c>, and clearing a priority
/// <c>{"priority":15}</c>. Each answers the resource (or object) as now stored.
/// </summary>
public static class ResourceWriteEndpoints
{
    public static IEndpointRouteBuilder MapResourceWriteEndpoints(this IEndpointRouteBuilder api)
    {
        var resources = api.MapGroup("/mobius/object/resource").WithTags("Objects");
        resources.MapPatch("/{hid}/{sid}/{pid}/{ins}/{rid}", WriteOneAsync).Takes<ResourceWriteRequest>()
            .Documented<ResourceDocument>("Write one resource at a priority (default 15); null relinquishes it", EnginePolicies.Write, Status400BadRequest, Status404NotFound, Status409Conflict);
        resources.MapPatch("/{hid}/{sid}/{pid}/{ins}", WriteManyAsync).Takes<List<ResourceWriteEntry>>()
            .Documented<ObjectDocument>("Write several resources of one object, all or nothing", EnginePolicies.Write, Status400BadRequest, Status404NotFound, Status409Conflict);
        resources.MapPatch("/clear/{hid}/{sid}/{pid}/{ins}/{rid}", ClearAsync).Takes<ResourceClearRequest>()
            .Documented<ResourceDocument>("Clear one priority of a resource (default 15); slot 16 cannot be cleared", EnginePolicies.Write, Status400BadRequest, Status404NotFound);
        return api;
    }

    private static async Task<IResult> WriteOneAsync(
        string hid, string sid, string pid, string ins, string rid, JsonElement body, ObjectEditor editor, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins, rid);
        JsonBody.Object(body, "the body");
        var priority = ResourceWrites.Priority(body, "priority");
        if (!body.TryGetProperty("value", out var value))
        {
            throw ApiErrors.InvalidRequest("value is required (null relinquishes the priority)");
        }

        var saved = await editor.EditAsync(uri.Parent!, draft =>
            ResourceWrites.Write(draft, draft.FindResource(uri.Rid!) ?? throw ApiErrors.ResourceNotFound(uri), priority, value), cancellationToken);
        return ResourceAnswer(results, saved, uri);
    }

    private static async Task<IResult> WriteManyAsync(
        string hid, string sid, string pid, string ins, JsonElement body, ObjectEditor editor, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins);
        var writes = JsonBody.Array(body, "the body").EnumerateArray().Select(ReadEntry).ToList();
        var saved = await editor.EditAsync(uri, draft =>
        {
            foreach (var (rid, priority, value) in writes)
            {
                var resource = draft.FindResource(rid) ?? throw ApiErrors.UnknownResource(draft.Profile.ProfileName, rid);
                ResourceWrites.Write(draft, resource, priority, value);
            }
        }, cancellationToken);
        return results.Ok(saved.Uri, ObjectDocument.From(saved));
    }

    private static async Task<IResult> ClearAsync(
        string hid, string sid, string pid, string ins, string rid, JsonElement? body, ObjectEditor editor, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins, rid);
        var priority = ResourceWrites.Priority(body is { ValueKind: not System.Text.Json.JsonValueKind.Undefined } json ? JsonBody.Object(json, "the body") : default, "priority");
        var saved = await editor.EditAsync(uri.Parent!, draft =>
            ResourceWrites.Clear(draft, draft.FindResource(uri.Rid!) ?? throw ApiErrors.ResourceNotFound(uri), priority), cancellationToken);
        return ResourceAnswer(results, saved, uri);
    }

    private static (string Rid, int Priority, JsonElement Value) ReadEntry(JsonElement entry, int index)
    {
        JsonBody.Object(entry, $"write {index}");
        var rid = JsonBody.String(entry, "r") is { } text && UriParts.Normalize(UriPart.Rid, text, out _) is { } normalized
            ? normalized
            : throw ApiErrors.InvalidRequest($"write {index}: r must be a RID (2 hex digits)");
        if (!entry.TryGetProperty("v", out var value))
        {
            throw ApiErrors.InvalidRequest($"write {index}: v is required (null relinquishes the priority)");
        }

        return (rid, ResourceWrites.Priority(entry, "p"), value);
    }

    private static IResult ResourceAnswer(ApiResults results, ObjectInstance saved, MobiusUri resourceUri)
    {
        var resource = saved.FindResource(resourceUri.Rid!)!;
        return results.Ok(resourceUri, ResourceDocument.From(resource, saved.PriorityArrayOf(resource)));
    }
}

/// <summary>Body of a single write: <c>{"priority":15,"value":10}</c>.</summary>
public sealed record ResourceWriteRequest(int? Priority, JsonElement Value);

/// <summary>One write of a multiple write: <c>{"r":"40","p":15,"v":43.9}</c>.</summary>
public sealed record ResourceWriteEntry(string R, int? P, JsonElement V);

/// <summary>Body of a clear: <c>{"priority":15}</c>.</summary>
public sealed record ResourceClearRequest(int? Priority);
