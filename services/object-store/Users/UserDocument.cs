using System.Text.Json.Serialization;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectStore.Users;

/// <summary>A user as the API answers it, never with its password: <c>{"_id","username","roles":{...},"createdAt"}</c>.</summary>
public sealed record UserDocument(
    [property: JsonPropertyName("_id")] string Id,
    string Username,
    IReadOnlyDictionary<string, bool> Roles,
    string CreatedAt)
{
    public static UserDocument From(UserAccount user) =>
        new(user.Id.ToString(), user.Username, RoleSet.ToJson(user.Roles), new DateTimeValue(user.CreatedAt).ToString());
}
