using Mobius.Micro.ObjectStore.Api;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Users;

/// <summary>The refusals of user management.</summary>
public static class UserErrors
{
    public static EngineApiException NotFound(string id) =>
        ApiErrors.Refuse(Status404NotFound, ApiErrorCodes.UserNotFound, $"no user '{id}'");

    public static EngineApiException Exists(string username) =>
        ApiErrors.Refuse(Status409Conflict, ApiErrorCodes.UserExists, $"a user '{username}' exists already");

    public static EngineApiException LastAdmin() =>
        ApiErrors.Refuse(Status409Conflict, ApiErrorCodes.LastAdmin, "this would leave no user with the admin role");
}
