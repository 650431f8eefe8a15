using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.Mqtt;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ConnectorGateway.Provisioning;

/// <summary>
/// What the broker must hold for each connector and for the gateway, as the dynamic security
/// commands that take an account from what it is to what it should be. A connector: user = its
/// serial, password = its PSK, enabled as its object, and a role of its own that may publish only
/// its <c>up</c>, <c>status</c> and <c>ack</c> and subscribe to and receive only its <c>down</c>.
/// The gateway: a role that may subscribe to every connector's <c>up</c>, <c>status</c> and
/// <c>ack</c> (shared subscriptions too) and publish every <c>down</c>, given to its own user.
/// </summary>
public sealed class BrokerAccounts(IOptions<MqttOptions> mqtt, ConnectorTopicLayout topics)
{
    public const string GatewayRole = "mobius-gateway";
    public const string ConnectorRolePrefix = "mobius-connector-";

    /// <summary>The gateway's own broker user, when it logs in with one.</summary>
    public string? GatewayUsername => mqtt.Value.Username is { Length: > 0 } username ? username : null;

    /// <summary>Whether a broker user is a connector's (and so managed here): its name is a serial.</summary>
    public static bool IsConnectorAccount(string username) => ConnectorSerial.TryParse(username, out _);

    /// <summary>The commands that make <paramref name="current"/> (null: no such user) what the connector's object says.</summary>
    public IReadOnlyList<DynamicSecurityCommand> For(ConnectorCredentials connector, BrokerClient? current) =>
        connector.Found && ConnectorPsk.IsValid(connector.Psk) && ConnectorSerial.TryParse(connector.Serial, out var serial)
            ? [.. ConnectorRole(serial), .. Account(serial.ToString(), connector.Psk, ConnectorRolePrefix + serial, connector.Enabled, current)]
            : Removed(connector.Serial);

    /// <summary>A connector's user and role gone (disconnecting it, if connected).</summary>
    public static IReadOnlyList<DynamicSecurityCommand> Removed(string username) =>
    [
        DynamicSecurityCommand.DeleteClient(username),
        DynamicSecurityCommand.DeleteRole(ConnectorRolePrefix + username),
    ];

    /// <summary>The gateway's role, and its user (<paramref name="current"/>: as it is now) when it logs in with one.</summary>
    public IReadOnlyList<DynamicSecurityCommand> Gateway(BrokerClient? current)
    {
        var commands = new List<DynamicSecurityCommand> { DynamicSecurityCommand.CreateRole(GatewayRole) };
        foreach (var kind in MqttConnection.InboundKinds)
        {
            var filter = topics.SubscriptionFilter(kind);
            commands.Add(DynamicSecurityCommand.AddRoleAcl(GatewayRole, "subscribePattern", filter));
            commands.Add(DynamicSecurityCommand.AddRoleAcl(GatewayRole, "publishClientReceive", filter));
            if (mqtt.Value.SharedSubscriptionGroup is { Length: > 0 } group)
            {
                commands.Add(DynamicSecurityCommand.AddRoleAcl(GatewayRole, "subscribePattern", topics.SharedSubscriptionFilter(group, kind)));
            }
        }

        commands.Add(DynamicSecurityCommand.AddRoleAcl(GatewayRole, "publishClientSend", topics.SubscriptionFilter(MessageKind.Down)));
        if (GatewayUsername is { } username)
        {
            commands.AddRange(Account(username, mqtt.Value.Password!, GatewayRole, enabled: true, current));
        }

        return commands;
    }

    private List<DynamicSecurityCommand> ConnectorRole(ConnectorSerial serial)
    {
        var role = ConnectorRolePrefix + serial;
        var down = topics.Format(new ConnectorTopic(serial, MessageKind.Down));
        return
        [
            DynamicSecurityCommand.CreateRole(role),
            .. MqttConnection.InboundKinds.Select(kind => DynamicSecurityCommand.AddRoleAcl(role, "publishClientSend", topics.Format(new ConnectorTopic(serial, kind)))),
            DynamicSecurityCommand.AddRoleAcl(role, "subscribeLiteral", down),
            DynamicSecurityCommand.AddRoleAcl(role, "publishClientReceive", down),
        ];
    }

    /// <summary>Only what differs, because the plugin disconnects a client whose password, roles or state change.</summary>
    private static List<DynamicSecurityCommand> Account(string username, string password, string role, bool enabled, BrokerClient? current)
    {
        var commands = new List<DynamicSecurityCommand>();
        if (current is null)
        {
            commands.Add(DynamicSecurityCommand.CreateClient(username, password, role));
        }
        else
        {
            if (!current.Roles.Contains(role))
            {
                commands.Add(DynamicSecurityCommand.AddClientRole(username, role));
            }

            if (!PasswordFingerprint.Matches(current.TextDescription, password))
            {
                commands.Add(DynamicSecurityCommand.SetPassword(username, password));
            }
        }

        if (enabled && current is { Disabled: true })
        {
            commands.Add(DynamicSecurityCommand.EnableClient(username));
        }
        else if (!enabled && current is not { Disabled: true })
        {
            commands.Add(DynamicSecurityCommand.DisableClient(username));
        }

        return commands;
    }
}
