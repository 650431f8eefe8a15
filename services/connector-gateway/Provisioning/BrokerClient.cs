using System.Text.Json.Nodes;

namespace Mobius.Micro.ConnectorGateway.Provisioning;

/// <summary>A user of the dynamic security plugin as <c>getClient</c> or <c>listClients</c> (verbose) describe it.</summary>
public sealed record BrokerClient(string Username, string? TextDescription, bool Disabled, IReadOnlySet<string> Roles)
{
    public static BrokerClient Read(JsonObject client) => new(
        client["username"]!.GetValue<string>(),
        client["textdescription"]?.GetValue<string>(),
        client["disabled"]?.GetValue<bool>() ?? false,
        (client["roles"] as JsonArray ?? []).OfType<JsonObject>().Select(role => role["rolename"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal));
}
