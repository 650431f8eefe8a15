using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using Mobius.Micro.ObjectStore.Commands;
using Mobius.Micro.ObjectStore.Objects;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Profiles;

/// <summary><c>/api/v1/mobius/profile</c> (role <c>read</c>): the object profiles (all, by PID, by name) and the command profiles.</summary>
public static class ProfileEndpoints
{
    public static IEndpointRouteBuilder MapProfileEndpoints(this IEndpointRouteBuilder api)
    {
        var profiles = api.MapGroup("/mobius/profile").WithTags("Profiles");
        profiles.MapGet("/object/{hid}", ListAsync)
            .Documented<List<ProfileSummary>>("Every object profile, with the services that hold it", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        profiles.MapGet("/object/{hid}/{pid}", ByPid)
            .Documented<ProfileDocument>("One object profile with its resources", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        profiles.MapGet("/object/by-name/{hid}/{profileName}", ByName)
            .Documented<ProfileDocument>("One object profile, by name", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        profiles.MapGet("/command/{hid}", Commands)
            .Documented<IReadOnlyList<CommandProfile>>("The broadcast commands", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        return api;
    }

    private static IResult ListAsync(string hid, ObjectAddressing addressing, ProfileCatalog catalog, ApiResults results)
    {
        var hub = Hub(hid, addressing);
        return results.Ok(hub, catalog.All.Select(entry => new ProfileSummary(entry.Profile.Pid, entry.Profile.ProfileName, entry.Profile.Description, entry.Profile.Families, entry.Sids)).ToList());
    }

    private static IResult ByPid(string hid, string pid, ObjectAddressing addressing, ProfileCatalog catalog, ApiResults results)
    {
        var hub = Hub(hid, addressing);
        var normalized = UriParts.Normalize(UriPart.Pid, pid, out var invalid) ?? throw ApiErrors.InvalidUri(new InvalidUriException(UriPart.Pid, invalid!));
        var found = catalog.All.FirstOrDefault(entry => entry.Profile.Pid == normalized);
        return found.Profile is null
            ? throw ApiErrors.ProfileNotFound($"with PID {normalized}")
            : results.Ok($"{hub}/{normalized}", ProfileDocument.From(found.Profile, found.Sids));
    }

    private static IResult ByName(string hid, string profileName, ObjectAddressing addressing, ProfileCatalog catalog, ApiResults results)
    {
        var hub = Hub(hid, addressing);
        var found = catalog.All.FirstOrDefault(entry => string.Equals(entry.Profile.ProfileName, profileName, StringComparison.OrdinalIgnoreCase));
        return found.Profile is null
            ? throw ApiErrors.ProfileNotFound($"named '{profileName}'")
            : results.Ok($"{hub}/{found.Profile.Pid}", ProfileDocument.From(found.Profile, found.Sids));
    }

    private static IResult Commands(string hid, ObjectAddressing addressing, ApiResults results) =>
        results.Ok(Hub(hid, addressing), CommandCatalog.All);

    private static string Hub(string hid, ObjectAddressing addressing)
    {
        var hub = MobiusUri.FromParts(hid).Hid;
        addressing.CheckHub(hub);
        return hub;
    }
}
