using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.History;

/// <summary>
/// <c>GET /api/v1/mobius/history/{hid}/{sid}/{pid}/{ins}/{rid}?start=&amp;end=&amp;limit=</c> (role
/// <c>read</c>): <c>[{"t","v"}]</c>, oldest first, of the values written to the resource between
/// <c>start</c> (default: 24 h before <c>end</c>) and <c>end</c> (default: now). Write-only
/// resources keep no history.
/// </summary>
public static class HistoryEndpoints
{
    public static IEndpointRouteBuilder MapHistoryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/mobius/history/{hid}/{sid}/{pid}/{ins}/{rid}", ReadAsync).WithTags("History")
            .Documented<List<HistoryValue>>("The values a resource took between start and end", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        return api;
    }

    private static async Task<IResult> ReadAsync(
        string hid, string sid, string pid, string ins, string rid, string? start, string? end, string? limit,
        ObjectAddressing addressing, ObjectRepository objects, HistoryRepository history, IOptions<HistoryOptions> options, TimeProvider time,
        ApiResults results, CancellationToken cancellationToken)
    {
        var uri = MobiusUri.FromParts(hid, sid, pid, ins, rid);
        addressing.CheckService(uri);
        var until = Time("end", end) ?? time.GetUtcNow();
        var from = Time("start", start) ?? until.AddDays(-1);
        if (from > until)
        {
            throw ApiErrors.InvalidRequest("start must not be after end");
        }

        var max = options.Value.MaxValuesPerRequest;
        var count = limit is null ? max : int.TryParse(limit, out var parsed) && parsed >= 1 && parsed <= max
            ? parsed
            : throw ApiErrors.InvalidRequest($"limit must be a whole number 1..{max}");
        var found = await objects.FindAsync(uri.Parent!, cancellationToken) ?? throw ApiErrors.ObjectNotFound(uri.Parent!);
        _ = found.FindResource(uri.Rid!) ?? throw ApiErrors.ResourceNotFound(uri);
        var points = await history.ReadAsync(uri, from, until, count, cancellationToken);
        return results.Ok(uri, points.Select(point => new HistoryValue(new DateTimeValue(point.Time).ToString(), point.Value)).ToList());
    }

    private static DateTimeOffset? Time(string name, string? text) =>
        text is null ? null : Iso8601Time.TryParse(text, out var time) ? time : throw ApiErrors.InvalidTime(name, text);
}

/// <summary>One value of a resource's history: <c>{"t":"2025-11-25T10:00:00.000Z","v":21.5}</c>.</summary>
public sealed record HistoryValue(string T, System.Text.Json.JsonElement V);
