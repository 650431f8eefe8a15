using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.Testing;
using StackExchange.Redis;

namespace Mobius.Micro.ConnectorGateway.IntegrationTests;

/// <summary>The real Redis under a key prefix of this fixture's own, removed afterwards.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private readonly string _prefix = $"mobius-test-{Guid.NewGuid():N}:";

    public ConnectionMultiplexer Connection { get; private set; } = null!;

    public RedisConnectorStateStore Store { get; private set; } = null!;

    public ConnectorPresence Presence { get; private set; } = null!;

    public static string NewSerial() => $"MF_{Random.Shared.Next(0x1000000):X6}";

    public async Task InitializeAsync()
    {
        Connection = await ConnectionMultiplexer.ConnectAsync(TestInfrastructure.Redis);
        var keys = new ConnectorStateKeys(Options.Create(new GatewayOptions { RedisKeyPrefix = _prefix }));
        Store = new RedisConnectorStateStore(Connection, keys);
        Presence = new ConnectorPresence(Connection, keys);
    }

    public async Task DisposeAsync()
    {
        var server = Connection.GetServer(Connection.GetEndPoints()[0]);
        await foreach (var key in server.KeysAsync(pattern: _prefix + "*"))
        {
            await Connection.GetDatabase().KeyDeleteAsync(key);
        }

        await Connection.DisposeAsync();
    }

    public async Task<Dictionary<string, string>> HashAsync(string serial) =>
        (await Connection.GetDatabase().HashGetAllAsync($"{_prefix}connector:{serial}"))
            .ToDictionary(entry => entry.Name.ToString(), entry => entry.Value.ToString());
}
