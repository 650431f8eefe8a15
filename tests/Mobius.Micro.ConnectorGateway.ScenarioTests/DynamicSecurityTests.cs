using Mobius.Micro.Testing;
using MQTTnet;
using MQTTnet.Protocol;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>
/// Broker accounts follow connector objects: a connector created through the Engine API can log in
/// with its serial and PSK and use only its own topics; disabling it disconnects and refuses it; a new
/// PSK replaces its password; deleting it removes its account; and a gateway restart repairs accounts
/// changed behind its back. Against a Mosquitto of its own with the dynamic security plugin.
/// </summary>
public sealed class DynamicSecurityTests(DynamicSecurityStack stack) : IClassFixture<DynamicSecurityStack>
{
    private const string Psk = "broker account pre-shared key";
    private static readonly TimeSpan TakesEffectWithin = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_created_connector_logs_in_with_its_psk_and_uses_only_its_own_topics()
    {
        var (mine, _) = await CreateConnectorAsync();
        var (other, _) = await CreateConnectorAsync();
        await using var connector = await LogInWithinAsync(mine, Psk);

        await connector.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x01020304, 10, 10));
        await Eventually.HoldsAsync(() => LiveStatusAsync(mine, "accepted"), count => count == "1", "its telegram passing the broker and the gateway");

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await connector.PublishToAsync($"{stack.TopicPrefix}/connectors/{other}/up", "forged"));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await connector.PublishToAsync($"{stack.TopicPrefix}/connectors/{mine}/down", "forged"));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, await connector.PublishToAsync("elsewhere", "forged"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await connector.SubscribeToAsync($"{stack.TopicPrefix}/connectors/{other}/down"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await connector.SubscribeToAsync($"{stack.TopicPrefix}/connectors/+/up"));
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await connector.SubscribeToAsync($"{stack.TopicPrefix}/connectors/{mine}/down"));
    }

    [Fact]
    public async Task A_disabled_connector_is_disconnected_and_refused_until_enabled_again()
    {
        var (serial, path) = await CreateConnectorAsync();
        await using var connected = await LogInWithinAsync(serial, Psk);

        using var api = await stack.ApiAsync();
        await api.WriteResourceAsync(path, "19", false);
        await Eventually.HoldsAsync(() => Task.FromResult(connected.IsConnected), up => !up, "the disabled connector being disconnected", TakesEffectWithin);
        await AssertRefusedAsync(serial, Psk);

        await api.WriteResourceAsync(path, "19", true);
        await using var again = await LogInWithinAsync(serial, Psk);
    }

    [Fact]
    public async Task A_new_psk_replaces_the_broker_password()
    {
        const string newPsk = "the rotated pre-shared key";
        var (serial, path) = await CreateConnectorAsync();
        await using (await LogInWithinAsync(serial, Psk))
        {
        }

        using var api = await stack.ApiAsync();
        await api.WriteResourceAsync(path, "0C", newPsk);
        await using var connector = await LogInWithinAsync(serial, newPsk);
        await AssertRefusedAsync(serial, Psk);
    }

    [Fact]
    public async Task A_deleted_connector_is_disconnected_and_refused()
    {
        var (serial, path) = await CreateConnectorAsync();
        await using var connected = await LogInWithinAsync(serial, Psk);

        using var api = await stack.ApiAsync();
        await api.DeleteObjectAsync(path);
        await Eventually.HoldsAsync(() => Task.FromResult(connected.IsConnected), up => !up, "the deleted connector being disconnected", TakesEffectWithin);
        await AssertRefusedAsync(serial, Psk);
    }

    [Fact]
    public async Task A_restarted_gateway_repairs_accounts_changed_behind_its_back()
    {
        var (serial, _) = await CreateConnectorAsync();
        await using (await LogInWithinAsync(serial, Psk))
        {
        }

        var stranger = $"MF_{Random.Shared.Next(0x1000000):X6}";
        await stack.Broker.ControlAsync("deleteClient", serial);
        await stack.Broker.ControlAsync("createClient", stranger, "-p", Psk);
        await AssertRefusedAsync(serial, Psk);
        await using (await LogInWithinAsync(stranger, Psk))
        {
        }

        await stack.RestartGatewayAsync();
        await using var repaired = await LogInWithinAsync(serial, Psk, TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(() => CanLogInAsync(stranger, Psk), can => !can, "the account without a connector object being removed");
    }

    private async Task<(string Serial, string Path)> CreateConnectorAsync()
    {
        var serial = $"MF_{Random.Shared.Next(0x1000000):X6}";
        using var api = await stack.ApiAsync();
        var ins = await api.CreateObjectAsync("021/FFC0", ("0B", serial), ("0C", Psk));
        return (serial, $"021/FFC0/{ins}");
    }

    /// <summary>A connector logged in as <paramref name="serial"/>, once the broker takes <paramref name="password"/> (within 5 s unless told).</summary>
    private async Task<TestConnector> LogInWithinAsync(string serial, string password, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TakesEffectWithin);
        while (true)
        {
            var connector = new TestConnector(serial, password, stack.TopicPrefix);
            try
            {
                await connector.ConnectAsync(login: stack.Broker.Login(serial, password));
                return connector;
            }
            catch (BrokerLoginRefusedException) when (DateTime.UtcNow < deadline)
            {
                await connector.DisposeAsync();
                await Task.Delay(200);
            }
        }
    }

    private async Task AssertRefusedAsync(string serial, string password) =>
        Assert.False(await CanLogInAsync(serial, password), $"{serial} still logs in with that password");

    private async Task<bool> CanLogInAsync(string serial, string password)
    {
        await using var connector = new TestConnector(serial, password, stack.TopicPrefix);
        try
        {
            await connector.ConnectAsync(login: stack.Broker.Login(serial, password));
            return true;
        }
        catch (BrokerLoginRefusedException refused) when (refused.ResultCode is MqttClientConnectResultCode.NotAuthorized or MqttClientConnectResultCode.BadUserNameOrPassword)
        {
            return false;
        }
    }

    private async Task<string?> LiveStatusAsync(string serial, string field) =>
        await stack.Redis.GetDatabase().HashGetAsync($"{stack.RedisKeyPrefix}connector:{serial}", field);
}
