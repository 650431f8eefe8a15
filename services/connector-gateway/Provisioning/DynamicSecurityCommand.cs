using System.Text.Json.Nodes;

namespace Mobius.Micro.ConnectorGateway.Provisioning;

/// <summary>
/// One command of Mosquitto's dynamic security plugin (<c>{"command":"createClient", ...}</c>).
/// <see cref="AlreadyDone"/> is the plugin's error text that means the command's effect is already
/// there (<c>Client already exists</c>, <c>Client not found</c> for a delete), which makes applying
/// the same commands twice harmless. The plugin disconnects a client whose password, roles or
/// enabled state change, so only what differs is ever sent for an existing client.
/// </summary>
public sealed record DynamicSecurityCommand(string Name, JsonObject Arguments, string? AlreadyDone = null)
{
    public JsonObject ToJson(string correlationData)
    {
        var command = new JsonObject { ["command"] = Name };
        foreach (var (name, value) in Arguments)
        {
            command[name] = value?.DeepClone();
        }

        command["correlationData"] = correlationData;
        return command;
    }

    public static DynamicSecurityCommand CreateRole(string role) =>
        new("createRole", new JsonObject { ["rolename"] = role }, "Role already exists");

    public static DynamicSecurityCommand AddRoleAcl(string role, string aclType, string topic) =>
        new("addRoleACL", new JsonObject { ["rolename"] = role, ["acltype"] = aclType, ["topic"] = topic, ["allow"] = true }, "ACL with this topic already exists");

    public static DynamicSecurityCommand DeleteRole(string role) =>
        new("deleteRole", new JsonObject { ["rolename"] = role }, "Role not found");

    public static DynamicSecurityCommand CreateClient(string username, string password, string role) =>
        new("createClient", new JsonObject
        {
            ["username"] = username,
            ["password"] = password,
            ["textdescription"] = PasswordFingerprint.Of(password),
            ["roles"] = new JsonArray(new JsonObject { ["rolename"] = role }),
        }, "Client already exists");

    public static DynamicSecurityCommand SetPassword(string username, string password) =>
        new("modifyClient", new JsonObject
        {
            ["username"] = username,
            ["password"] = password,
            ["textdescription"] = PasswordFingerprint.Of(password),
        });

    public static DynamicSecurityCommand AddClientRole(string username, string role) =>
        new("addClientRole", new JsonObject { ["username"] = username, ["rolename"] = role });

    public static DynamicSecurityCommand EnableClient(string username) => new("enableClient", new JsonObject { ["username"] = username });

    /// <summary>Refuses the client's next logins and disconnects it now.</summary>
    public static DynamicSecurityCommand DisableClient(string username) => new("disableClient", new JsonObject { ["username"] = username });

    /// <summary>Removes the client and disconnects it now.</summary>
    public static DynamicSecurityCommand DeleteClient(string username) =>
        new("deleteClient", new JsonObject { ["username"] = username }, "Client not found");

    /// <summary>Answered with <c>{"client":{...}}</c>, or nothing when there is no such client.</summary>
    public static DynamicSecurityCommand GetClient(string username) =>
        new("getClient", new JsonObject { ["username"] = username }, "Client not found");

    /// <summary>Answered with <c>{"clients":[{...}, ...]}</c>, every client with its roles and state.</summary>
    public static DynamicSecurityCommand ListClients() => new("listClients", new JsonObject { ["verbose"] = true, ["count"] = -1 });
}
