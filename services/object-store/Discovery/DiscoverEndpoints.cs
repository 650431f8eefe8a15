using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Discovery;

/// <summary><c>GET /api/v1/mobius/discover/{hid}[/{sid}[/{pid}[/{ins}[/{rid}]]]]</c> (role <c>read</c>); any level may be <c>+</c>, the last <c>#</c> (URL-encoded <c>%23</c>).</summary>
public static class DiscoverEndpoints
{
    public static IEndpointRouteBuilder MapDiscoverEndpoints(this IEndpointRouteBuilder api)
    {
        var discover = api.MapGroup("/mobius/discover").WithTags("Discover");
        discover.MapGet("/{hid}", (string hid, Discoverer discoverer, ApiResults results, CancellationToken cancellationToken) =>
            DiscoverAsync([hid], discoverer, results, cancellationToken))
            .Documented<List<ServiceSummary>>("The services of a hub", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        discover.MapGet("/{hid}/{sid}", (string hid, string sid, Discoverer discoverer, ApiResults results, CancellationToken cancellationToken) =>
            DiscoverAsync([hid, sid], discoverer, results, cancellationToken))
            .Documented<List<string>>("The PIDs of a service's objects", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        discover.MapGet("/{hid}/{sid}/{pid}", (string hid, string sid, string pid, Discoverer discoverer, ApiResults results, CancellationToken cancellationToken) =>
            DiscoverAsync([hid, sid, pid], discoverer, results, cancellationToken))
            .Documented<List<string>>("The INS of a profile's objects", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        discover.MapGet("/{hid}/{sid}/{pid}/{ins}", (string hid, string sid, string pid, string ins, Discoverer discoverer, ApiResults results, CancellationToken cancellationToken) =>
            DiscoverAsync([hid, sid, pid, ins], discoverer, results, cancellationToken))
            .Documented<Objects.ObjectDocument>("The object (with wildcards: a map of URI to object)", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        discover.MapGet("/{hid}/{sid}/{pid}/{ins}/{rid}", (string hid, string sid, string pid, string ins, string rid, Discoverer discoverer, ApiResults results, CancellationToken cancellationToken) =>
            DiscoverAsync([hid, sid, pid, ins, rid], discoverer, results, cancellationToken))
            .Documented<Objects.ResourceDocument>("The resource (with wildcards: a map of URI to resource)", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        return api;
    }

    private static async Task<IResult> DiscoverAsync(string[] levels, Discoverer discoverer, ApiResults results, CancellationToken cancellationToken)
    {
        var pattern = MobiusUriPattern.Parse(string.Join('/', levels));
        return results.Ok(pattern.ToString(), await discoverer.DiscoverAsync(pattern, cancellationToken));
    }
}
