using System.Text.Json;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;

namespace Mobius.Micro.ObjectStore.Users;

/// <summary>
/// Roles as MobiusFlow writes them, <c>{"admin":false,"flows":true,"configure":true,"subscribe":true,"write":true,"read":true}</c>:
/// every role named with a boolean. Reading one, a role left out is false (or, for a change, unchanged).
/// </summary>
public static class RoleSet
{
    public static Dictionary<string, bool> ToJson(IEnumerable<string> roles) =>
        EngineRoles.All.ToDictionary(role => role, role => roles.Contains(role, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The roles a <c>roles</c> object sets, starting from <paramref name="current"/>.</summary>
    public static List<string> Read(JsonElement roles, IEnumerable<string> current)
    {
        JsonBody.Object(roles, "roles");
        var result = new HashSet<string>(current, StringComparer.Ordinal);
        foreach (var role in roles.EnumerateObject())
        {
            if (!EngineRoles.All.Contains(role.Name, StringComparer.Ordinal))
            {
                throw ApiErrors.InvalidRequest($"roles: '{role.Name}' is not one of {string.Join(", ", EngineRoles.All)}");
            }

            _ = role.Value.ValueKind switch
            {
                JsonValueKind.True => result.Add(role.Name),
                JsonValueKind.False => result.Remove(role.Name),
                _ => throw ApiErrors.InvalidRequest($"roles.{role.Name} must be true or false"),
            };
        }

        return [.. EngineRoles.All.Where(result.Contains)];
    }
}
