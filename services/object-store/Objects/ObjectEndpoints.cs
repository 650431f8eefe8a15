using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using Mobius.Micro.ObjectStore.Persistence;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// <c>/api/v1/mobius/object</c>: create an object (role <c>configure</c>), read an object or one of
/// its resources (role <c>read</c>). Answers are in the success envelope; the <c>uri</c> is the
/// object's or resource's URI, upper-case (for a creation at the first free INS, the created object's).
/// </summary>
public static class ObjectEndpoints
{
    public static IEndpointRouteBuilder MapObjectEndpoints(this IEndpointRouteBuilder api)
    {
        var objects = api.MapGroup("/mobius/object");
        objects.MapPost("/{hid}/{sid}/{pid}", CreateAtFirstFreeInstanceAsync).RequireAuthorization(EnginePolicies.Configure);
        objects.MapPost("/{hid}/{sid}/{pid}/{ins}", CreateAtInstanceAsync).RequireAuthorization(EnginePolicies.Configure);
        objects.MapGet("/{hid}/{sid}/{pid}/{ins}", GetObjectAsync).RequireAuthorization(EnginePolicies.Read);
        objects.MapGet("/resource/{hid}/{sid}/{pid}/{ins}/{rid}", GetResourceAsync).RequireAuthorization(EnginePolicies.Read);
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
        string hid, string sid, string pid, string ins, ObjectRepository objects, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins);
        var found = await objects.FindAsync(uri, cancellationToken) ?? throw ApiErrors.ObjectNotFound(uri);
        return results.Ok(uri, ObjectDocument.From(found));
    }

    private static async Task<IResult> GetResourceAsync(
        string hid, string sid, string pid, string ins, string rid, ObjectRepository objects, ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins, rid);
        var objectUri = MobiusUri.FromParts(hid, sid, pid, ins);
        var found = await objects.FindAsync(objectUri, cancellationToken) ?? throw ApiErrors.ObjectNotFound(objectUri);
        var resource = found.Profile.FindResource(uri.Rid!) ?? throw ApiErrors.ResourceNotFound(uri);
        return results.Ok(uri, ResourceDocument.From(resource, found.PriorityArrayOf(resource)));
    }
}
