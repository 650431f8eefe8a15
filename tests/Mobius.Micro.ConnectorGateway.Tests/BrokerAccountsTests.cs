using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.Mqtt;
using Mobius.Micro.ConnectorGateway.Provisioning;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ConnectorGateway.Tests;

/// <summary>
/// The commands that bring a broker account in line with a connector object. The plugin disconnects a
/// client whose password, roles or state change, so an account that is already right gets none of those.
/// </summary>
public sealed class BrokerAccountsTests
{
    private const string Serial = "MF_00BCC0";
    private const string Psk = "a pre-shared key of the connector";
    private const string Role = BrokerAccounts.ConnectorRolePrefix + Serial;

    private readonly BrokerAccounts _accounts = new(
        Options.Create(new MqttOptions { Host = "broker", TopicPrefix = "mobius", Username = "gateway", Password = "gateway password" }),
        new ConnectorTopicLayout("mobius"));

    private static ConnectorCredentials Connector(bool enabled = true, string psk = Psk, bool found = true) =>
        new() { Serial = Serial, Found = found, Enabled = enabled, Psk = psk, ConnectorUri = "000001/021/FFC0/0001" };

    private static BrokerClient Account(string psk = Psk, bool disabled = false, params string[] roles) =>
        new(Serial, PasswordFingerprint.Of(psk), disabled, (roles.Length == 0 ? [Role] : roles).ToHashSet());

    private static string[] ClientCommands(IEnumerable<DynamicSecurityCommand> commands) =>
        [.. commands.Where(command => command.Name is not ("createRole" or "addRoleACL")).Select(command => command.Name)];

    [Fact]
    public void A_new_connector_gets_its_role_limited_to_its_own_topics_and_a_client()
    {
        var commands = _accounts.For(Connector(), current: null);

        var acls = commands.Where(command => command.Name == "addRoleACL")
            .Select(command => $"{command.Arguments["acltype"]} {command.Arguments["topic"]}").Order().ToArray();
        Assert.Equal(
        [
            "publishClientReceive mobius/connectors/MF_00BCC0/down",
            "publishClientSend mobius/connectors/MF_00BCC0/ack",
            "publishClientSend mobius/connectors/MF_00BCC0/status",
            "publishClientSend mobius/connectors/MF_00BCC0/up",
            "subscribeLiteral mobius/connectors/MF_00BCC0/down",
        ], acls);
        var create = Assert.Single(commands, command => command.Name == "createClient");
        Assert.Equal(Serial, create.Arguments["username"]!.GetValue<string>());
        Assert.Equal(Psk, create.Arguments["password"]!.GetValue<string>());
        Assert.Equal(Role, create.Arguments["roles"]![0]!["rolename"]!.GetValue<string>());
        Assert.True(PasswordFingerprint.Matches(create.Arguments["textdescription"]!.GetValue<string>(), Psk));
    }

    [Fact]
    public void An_account_that_is_already_right_gets_no_client_command() =>
        Assert.Empty(ClientCommands(_accounts.For(Connector(), Account())));

    [Fact]
    public void A_changed_psk_sets_the_password_only() =>
        Assert.Equal(["modifyClient"], ClientCommands(_accounts.For(Connector(psk: "the rotated pre-shared key"), Account())));

    [Fact]
    public void A_disabled_connector_is_disabled_once()
    {
        Assert.Equal(["disableClient"], ClientCommands(_accounts.For(Connector(enabled: false), Account())));
        Assert.Empty(ClientCommands(_accounts.For(Connector(enabled: false), Account(disabled: true))));
        Assert.Equal(["enableClient"], ClientCommands(_accounts.For(Connector(), Account(disabled: true))));
    }

    [Fact]
    public void A_missing_role_is_given_back() =>
        Assert.Equal(["addClientRole"], ClientCommands(_accounts.For(Connector(), Account(roles: "someone-else"))));

    [Theory]
    [InlineData(false, Psk)]
    [InlineData(true, "too short")]
    public void A_connector_without_an_object_or_a_usable_psk_loses_its_account(bool found, string psk) =>
        Assert.Equal(["deleteClient", "deleteRole"], _accounts.For(Connector(psk: psk, found: found), Account()).Select(command => command.Name));

    [Fact]
    public void Only_serials_are_connector_accounts()
    {
        Assert.True(BrokerAccounts.IsConnectorAccount(Serial));
        Assert.False(BrokerAccounts.IsConnectorAccount("gateway"));
        Assert.False(BrokerAccounts.IsConnectorAccount("dynsec-admin"));
    }

    [Fact]
    public void A_fingerprint_matches_its_password_only()
    {
        var fingerprint = PasswordFingerprint.Of(Psk);
        Assert.True(PasswordFingerprint.Matches(fingerprint, Psk));
        Assert.False(PasswordFingerprint.Matches(fingerprint, Psk + "x"));
        Assert.False(PasswordFingerprint.Matches(null, Psk));
        Assert.False(PasswordFingerprint.Matches("Dynsec admin user", Psk));
        Assert.NotEqual(fingerprint, PasswordFingerprint.Of(Psk));
    }
}
