using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using Mobius.Micro.ObjectStore.Persistence;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// <c>/api/v1/mobius/object</c>: read an object or one of its resources (<c>read</c>), create and
/// delete objects (<c>configure</c>). Answers are in the success envelope; the <c>uri</c> is the
/// object's or resource's URI, upper-case (for a creation at the first free INS, the created object's).
/// Writes, clears, configuration and clones are in <see cref="ResourceWriteEndpoints"/> and <see cref="ObjectConfigEndpoints"/>.
/// </summary>
public static class ObjectEndpoints
{
    public static IEndpointRouteBuilder MapObjectEndpoints(this IEndpointRouteBuilder api)
    {
        var objects = api.MapGroup("/mobius/object").WithTags("Objects");
        objects.MapGet("/{hid}/{sid}/{pid}/{ins}", GetObjectAsync)
            .Documented<ObjectDocument>("The live object: every resource with its value and priority array", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        objects.MapGet("/resource/{hid}/{sid}/{pid}/{ins}/{rid}", GetResourceAsync)
            .Documented<ResourceDocument>("One live resource", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        objects.MapPost("/{hid}/{sid}/{pid}", CreateAtFirstFreeInstanceAsync)
            .Documented<ObjectDocument>("Create an object at the first free INS from its configuration", EnginePolicies.Configure, Status400BadRequest, Status404NotFound, Status409Conflict);
        objects.MapPost("/{hid}/{sid}/{pid}/{ins}", CreateAtInstanceAsync)
            .Documented<ObjectDocument>("Create an object at this INS from its configuration", EnginePolicies.Configure, Status400BadRequest, Status404NotFound, Status409Conflict);
        objects.MapDelete("/{hid}/{sid}/{pid}/{ins}", DeleteAsync)
            .Documented<ObjectDocument>("Delete an object with its history; answers the object as it was", EnginePolicies.Configure, Status400BadRequest, Status404NotFound, Status409Conflict);
        return api;
    }

    private static Task<IResult> CreateAtFirstFreeInstanceAsync(
        string hid, string sid, string pid, List<ResourceConfiguration>? body, ObjectCreator creator, ApiResults results, CancellationToken cancellationToken) =>
        CreateAsync(MobiusUri.FromParts(hid, sid, pid), body, creator, results, cancellationToken);

    private static Task<IResult> CreateAtInstanceAsync(
        string hid, string sid, string pid, string ins, List<ResourceConfiguration>? body, ObjectCreator creator, ApiResults results, CancellationToken cancellationToken) =>
        CreateAsync(MobiusUri.FromParts(hid, sid, pid, ins), body, creator, results, cancellationToken);

    private static async Task<IResult> CreateAsync(
        MobiusUri target, List<ResourceConfiguration>? body, ObjectCreator creator, ApiResults results, CancellationToken cancellationToken)
    {
        var created = await creator.CreateAsync(target, body ?? [], cancellationToken);
        return results.Ok(created.Uri, ObjectDocument.From(created));
    }

    private static async Task<IResult> GetObjectAsync(
        string hid, string sid, string pid, string ins, ObjectAddressing addressing, ObjectRepository objects, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins);
        addressing.CheckService(uri);
        var found = await objects.FindAsync(uri, cancellationToken) ?? throw ApiErrors.ObjectNotFound(uri);
        return results.Ok(uri, ObjectDocument.From(found));
    }

    private static async Task<IResult> GetResourceAsync(
        string hid, string sid, string pid, string ins, string rid, ObjectAddressing addressing, ObjectRepository objects, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins, rid);
        addressing.CheckService(uri);
        var objectUri = uri.Parent!;
        var found = await objects.FindAsync(objectUri, cancellationToken) ?? throw ApiErrors.ObjectNotFound(objectUri);
        var resource = found.FindResource(uri.Rid!) ?? throw ApiErrors.ResourceNotFound(uri);
        return results.Ok(uri, ResourceDocument.From(resource, found.PriorityArrayOf(resource)));
    }

    private static async Task<IResult> DeleteAsync(
        string hid, string sid, string pid, string ins, ObjectEditor editor, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins);
        var deleted = await editor.DeleteAsync(uri, cancellationToken);
        return results.Ok(uri, ObjectDocument.From(deleted));
    }
}
