using System.Text.Json;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using Mobius.Micro.ObjectStore.Persistence;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>An object's configuration: read it (<c>read</c>), change it or move the object (<c>configure</c>), clone it (<c>configure</c>).</summary>
public static class ObjectConfigEndpoints
{
    public static IEndpointRouteBuilder MapObjectConfigEndpoints(this IEndpointRouteBuilder api)
    {
        var objects = api.MapGroup("/mobius/object").WithTags("Objects");
        objects.MapGet("/config/{hid}/{sid}/{pid}/{ins}", GetConfigAsync)
            .Documented<ObjectConfigDocument>("The object's configuration", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        objects.MapPatch("/config/{hid}/{sid}/{pid}/{ins}", PatchConfigAsync).Takes<ObjectConfigRequest>()
            .Documented<ObjectConfigDocument>("Change the configuration; \"ins\" moves the object to another instance", EnginePolicies.Configure, Status400BadRequest, Status404NotFound, Status409Conflict);
        objects.MapPost("/clone/{hid}/{sid}/{pid}/{ins}", CloneAsync).Takes<CloneRequest>()
            .Documented<List<ObjectDocument>>("Clone the object's configuration into new instances", EnginePolicies.Configure, Status400BadRequest, Status404NotFound, Status409Conflict);
        return api;
    }

    private static async Task<IResult> GetConfigAsync(
        string hid, string sid, string pid, string ins, ObjectAddressing addressing, ObjectRepository objects, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins);
        addressing.CheckService(uri);
        var found = await objects.FindAsync(uri, cancellationToken) ?? throw ApiErrors.ObjectNotFound(uri);
        return results.Ok(uri, ObjectConfigDocument.From(found));
    }

    private static async Task<IResult> PatchConfigAsync(
        string hid, string sid, string pid, string ins, JsonElement body, ObjectEditor editor, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins);
        var change = ObjectConfigChange.Read(body);
        var saved = await editor.EditAsync(uri, draft =>
        {
            ObjectConfiguration.Apply(draft.Profile, change.Rids, draft.Arrays, draft.Overrides, new HashSet<string>(StringComparer.Ordinal), keepMaskedSecrets: true);
            if (change.Ins is { } target)
            {
                draft.MoveTo(target);
            }
        }, cancellationToken);
        return results.Ok(saved.Uri, ObjectConfigDocument.From(saved));
    }

    private static async Task<IResult> CloneAsync(
        string hid, string sid, string pid, string ins, JsonElement? body, ObjectCloner cloner, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins);
        var request = body is { ValueKind: not System.Text.Json.JsonValueKind.Undefined } json ? JsonBody.Object(json, "the body") : default;
        var copies = JsonBody.Integer(request, "copies", 1, 1, ObjectCloner.MaxCopies);
        var start = JsonBody.String(request, "start") is { } text
            ? UriParts.Normalize(UriPart.Ins, text, out var invalid) ?? throw ApiErrors.InvalidRequest($"start: {invalid}")
            : null;
        var clones = await cloner.CloneAsync(uri, copies, start, cancellationToken);
        return results.Ok(uri, clones.Select(ObjectDocument.From).ToList());
    }
}

/// <summary>Body of a configuration change: <c>{"ins":"0002","rids":[{"rid","settings":{...}}]}</c>.</summary>
public sealed record ObjectConfigRequest(string? Ins, List<ResourceConfiguration>? Rids);

/// <summary>Body of a clone: <c>{"copies":1,"start":"000A"}</c>.</summary>
public sealed record CloneRequest(int? Copies, string? Start);
