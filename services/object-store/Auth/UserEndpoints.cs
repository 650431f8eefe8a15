using System.Text.Json;
using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Users;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>
/// User management (role <c>admin</c>): create, read one or all, read and change roles, change a
/// password (which retires the user's refresh tokens), delete. A user is addressed by its <c>_id</c>
/// or, as well, by its username. The last admin can neither lose the role nor be deleted.
/// The envelope's <c>uri</c> is the hub.
/// </summary>
public static class UserEndpoints
{
    public const int MaxUsernameLength = 64;
    public const int MaxPasswordLength = 1024;

    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/auth").WithTags("Users");
        users.MapPost("/user", CreateAsync).Takes<CreateUserRequest>()
            .Documented<UserDocument>("Create a user with roles", EnginePolicies.Admin, Status400BadRequest, Status409Conflict);
        users.MapGet("/user/{username}", GetAsync)
            .Documented<UserDocument>("One user", EnginePolicies.Admin, Status404NotFound);
        users.MapGet("/users", ListAsync)
            .Documented<List<UserDocument>>("Every user", EnginePolicies.Admin);
        users.MapGet("/user/roles/{id}", GetRolesAsync)
            .Documented<Dictionary<string, bool>>("A user's roles", EnginePolicies.Admin, Status404NotFound);
        users.MapPatch("/user/roles/{id}", SetRolesAsync).Takes<Dictionary<string, bool>>()
            .Documented<UserDocument>("Change a user's roles ({\"roles\":{...}} or the roles object itself; roles left out are unchanged)", EnginePolicies.Admin, Status400BadRequest, Status404NotFound, Status409Conflict);
        users.MapPatch("/user/password/{id}", SetPasswordAsync).Takes<PasswordRequest>()
            .Documented<UserDocument>("Change a user's password", EnginePolicies.Admin, Status400BadRequest, Status404NotFound);
        users.MapDelete("/user/{id}", DeleteAsync)
            .Documented<UserDocument>("Delete a user", EnginePolicies.Admin, Status404NotFound, Status409Conflict);
        return api;
    }

    private static async Task<IResult> CreateAsync(
        JsonElement body, UserStore users, IOptions<AuthOptions> options, Objects.ObjectAddressing addressing, ApiResults results, CancellationToken cancellationToken)
    {
        JsonBody.Object(body, "the body");
        var username = JsonBody.String(body, "username") ?? throw ApiErrors.InvalidRequest("username is required");
        if (username.Length is 0 or > MaxUsernameLength || username.Any(char.IsControl) || username.Trim() != username)
        {
            throw ApiErrors.InvalidRequest($"username must be 1..{MaxUsernameLength} characters, without control characters or surrounding spaces");
        }

        var password = Password(body, options.Value);
        var roles = body.TryGetProperty("roles", out var rolesJson) ? RoleSet.Read(rolesJson, []) : [];
        var created = await users.CreateUserAsync(username, password, roles, cancellationToken) ?? throw UserErrors.Exists(username);
        return results.Ok(addressing.HubId, UserDocument.From(created));
    }

    private static async Task<IResult> GetAsync(string username, UserStore users, Objects.ObjectAddressing addressing, ApiResults results, CancellationToken cancellationToken) =>
        results.Ok(addressing.HubId, UserDocument.From(await FindAsync(users, username, cancellationToken)));

    private static async Task<IResult> ListAsync(UserStore users, Objects.ObjectAddressing addressing, ApiResults results, CancellationToken cancellationToken) =>
        results.Ok(addressing.HubId, (await users.ListAsync(cancellationToken)).Select(UserDocument.From).ToList());

    private static async Task<IResult> GetRolesAsync(string id, UserStore users, Objects.ObjectAddressing addressing, ApiResults results, CancellationToken cancellationToken) =>
        results.Ok(addressing.HubId, RoleSet.ToJson((await FindAsync(users, id, cancellationToken)).Roles));

    private static async Task<IResult> SetRolesAsync(
        string id, JsonElement body, UserStore users, Objects.ObjectAddressing addressing, ApiResults results, CancellationToken cancellationToken)
    {
        JsonBody.Object(body, "the body");
        var user = await FindAsync(users, id, cancellationToken);
        var roles = RoleSet.Read(body.TryGetProperty("roles", out var nested) ? nested : body, user.Roles);
        var (change, changed) = await users.SetRolesAsync(user.Id, roles, cancellationToken);
        return change switch
        {
            UserChange.Done => results.Ok(addressing.HubId, UserDocument.From(changed!)),
            UserChange.LastAdmin => throw UserErrors.LastAdmin(),
            _ => throw UserErrors.NotFound(id),
        };
    }

    private static async Task<IResult> SetPasswordAsync(
        string id, JsonElement body, UserStore users, IOptions<AuthOptions> options, Objects.ObjectAddressing addressing, ApiResults results, CancellationToken cancellationToken)
    {
        JsonBody.Object(body, "the body");
        var password = Password(body, options.Value);
        var user = await FindAsync(users, id, cancellationToken);
        var changed = await users.ChangePasswordAsync(user, password, cancellationToken) ?? throw UserErrors.NotFound(id);
        return results.Ok(addressing.HubId, UserDocument.From(changed));
    }

    private static async Task<IResult> DeleteAsync(string id, UserStore users, Objects.ObjectAddressing addressing, ApiResults results, CancellationToken cancellationToken)
    {
        var user = await FindAsync(users, id, cancellationToken);
        var (change, deleted) = await users.DeleteAsync(user.Id, cancellationToken);
        return change switch
        {
            UserChange.Done => results.Ok(addressing.HubId, UserDocument.From(deleted!)),
            UserChange.LastAdmin => throw UserErrors.LastAdmin(),
            _ => throw UserErrors.NotFound(id),
        };
    }

    private static async Task<UserAccount> FindAsync(UserStore users, string id, CancellationToken cancellationToken) =>
        (Guid.TryParse(id, out var guid) ? await users.FindByIdAsync(guid, cancellationToken) : null)
        ?? await users.FindByUsernameAsync(id, cancellationToken)
        ?? throw UserErrors.NotFound(id);

    private static string Password(JsonElement body, AuthOptions options)
    {
        var password = JsonBody.String(body, "password") ?? throw ApiErrors.InvalidRequest("password is required");
        return password.Length >= options.MinPasswordLength && password.Length <= MaxPasswordLength
            ? password
            : throw ApiErrors.InvalidRequest($"password must be {options.MinPasswordLength}..{MaxPasswordLength} characters");
    }
}

/// <summary>Body of a user creation: <c>{"username","password","roles":{"admin":false,...}}</c>.</summary>
public sealed record CreateUserRequest(string Username, string Password, Dictionary<string, bool>? Roles);

/// <summary>Body of a password change: <c>{"password"}</c>.</summary>
public sealed record PasswordRequest(string Password);
