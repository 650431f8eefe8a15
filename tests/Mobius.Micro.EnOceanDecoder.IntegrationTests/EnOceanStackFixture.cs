using System.Globalization;
using Mobius.Micro.Testing;
using StackExchange.Redis;

namespace Mobius.Micro.EnOceanDecoder.IntegrationTests;

/// <summary>
/// The object store, the connector gateway and the EnOcean decoder as processes on a database,
/// virtual host, Redis key prefix and MQTT topic prefix of their own; the decoder provisions
/// senders that teach in and answers UTE queries. <see cref="Watcher"/> sees what it publishes.
/// </summary>
public sealed class EnOceanStackFixture : IAsyncLifetime
{
    public const string AdminUsername = "admin";
    public const string AdminPassword = "enocean-stack-admin-password";
    public const string Psk = "enocean integration pre-shared key";
    public const string TransmitterId = "FFF82680";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _runId = Guid.NewGuid().ToString("N")[..12];
    private readonly List<ServiceProcess> _services = [];
    private TemporaryDatabase? _database;
    private TemporaryVirtualHost? _virtualHost;
    private readonly AdminSession _admin = new(AdminUsername, AdminPassword);

    public string TopicPrefix => $"mobius-enocean-{_runId}";

    public string RedisKeyPrefix => $"mobius-enocean-{_runId}:";

    public ServiceProcess ObjectStore { get; private set; } = null!;

    public BusWatcher Watcher { get; private set; } = null!;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    public IReadOnlyList<ServiceProcess> Services => _services;

    public async Task InitializeAsync()
    {
        _database = await TemporaryDatabase.CreateAsync();
        _virtualHost = await TemporaryVirtualHost.CreateAsync();
        Redis = await ConnectionMultiplexer.ConnectAsync(TestInfrastructure.Redis);
        Watcher = await BusWatcher.StartAsync(_virtualHost.Name);
        ObjectStore = Start("object-store", "Mobius.Micro.ObjectStore", new()
        {
            ["ConnectionStrings__Postgres"] = _database.ConnectionString,
            ["Auth__SigningKey"] = $"enocean-stack-signing-key-{Guid.NewGuid():N}",
            ["Auth__BootstrapAdmin__Username"] = AdminUsername,
            ["Auth__BootstrapAdmin__Password"] = AdminPassword,
        });
        await ObjectStore.WaitUntilReadyAsync(StartTimeout);

        var (mqttHost, mqttPort) = StackFixture.MqttEndpoint();
        var gateway = Start("connector-gateway", "Mobius.Micro.ConnectorGateway", new()
        {
            ["ConnectionStrings__Redis"] = TestInfrastructure.Redis,
            ["Gateway__RedisKeyPrefix"] = RedisKeyPrefix,
            ["Gateway__RegistrationCacheSeconds"] = "1",
            ["Mqtt__Host"] = mqttHost,
            ["Mqtt__Port"] = mqttPort.ToString(CultureInfo.InvariantCulture),
            ["Mqtt__TopicPrefix"] = TopicPrefix,
            ["Mqtt__ClientId"] = $"gateway-{_runId}",
            ["Mqtt__SharedSubscriptionGroup"] = $"gateway-{_runId}",
        });
        var decoder = Start("enocean-decoder", "Mobius.Micro.EnOceanDecoder", new()
        {
            ["ConnectionStrings__Redis"] = TestInfrastructure.Redis,
            ["EnOceanDecoder__RedisKeyPrefix"] = RedisKeyPrefix,
            ["EnOceanDecoder__RegistrationCacheSeconds"] = "1",
            ["EnOceanDecoder__UnknownDeviceCacheSeconds"] = "1",
            ["EnOceanDecoder__DedupWindowMilliseconds"] = "1000",
            ["EnOceanDecoder__AutoProvision"] = "true",
            ["EnOceanDecoder__SendUteResponses"] = "true",
            ["EnOceanDecoder__TransmitterId"] = TransmitterId,
        });
        await Task.WhenAll(gateway.WaitUntilReadyAsync(StartTimeout), decoder.WaitUntilReadyAsync(StartTimeout));
    }

    /// <summary>An Engine API client with the admin's token; logs in once per run (logins are rate-limited per user).</summary>
    public Task<EngineApiClient> LoggedInApiAsync() => _admin.ClientAsync(ObjectStore.BaseAddress);

    /// <summary>Registers a connector object for <paramref name="serial"/> and connects a test connector with it; answers the connector's object URI too.</summary>
    public async Task<(TestConnector Connector, string ConnectorUri)> ConnectorAsync(EngineApiClient api, string serial)
    {
        var ins = await api.CreateObjectAsync("021/FFC0", ("0B", serial), ("0C", Psk));
        var connector = new TestConnector(serial, Psk, TopicPrefix);
        await connector.ConnectAsync();
        return (connector, $"{StackFixture.HubId}/021/FFC0/{ins}");
    }

    public async Task DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }

        if (Watcher is not null)
        {
            await Watcher.DisposeAsync();
        }

        if (Redis is not null)
        {
            var server = Redis.GetServer(Redis.GetEndPoints()[0]);
            await foreach (var key in server.KeysAsync(pattern: $"{RedisKeyPrefix}*"))
            {
                await Redis.GetDatabase().KeyDeleteAsync(key);
            }

            await Redis.DisposeAsync();
        }

        if (_virtualHost is not null)
        {
            await _virtualHost.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private ServiceProcess Start(string folder, string assembly, Dictionary<string, string> environment)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        environment["Mobius__HubId"] = StackFixture.HubId;
        environment["RabbitMq__Host"] = TestInfrastructure.RabbitMq.Host;
        environment["RabbitMq__Port"] = TestInfrastructure.RabbitMq.Port.ToString(CultureInfo.InvariantCulture);
        environment["RabbitMq__VirtualHost"] = _virtualHost!.Name;
        environment["RabbitMq__Username"] = username;
        environment["RabbitMq__Password"] = password;
        var service = ServiceProcess.Start(folder, assembly, environment);
        _services.Add(service);
        return service;
    }
}
