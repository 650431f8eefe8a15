using StackExchange.Redis;

namespace Mobius.Micro.Testing;

/// <summary>
/// The whole stack for one test run: its own PostgreSQL database, RabbitMQ virtual host, Redis key
/// prefix and MQTT topic prefix on the shared loopback servers, and the four services as processes.
/// A derived fixture may give the gateway settings of its own (<see cref="GatewaySettings"/>).
/// </summary>
public class StackFixture : IAsyncLifetime
{
    public const string HubId = "000001";
    public const string AdminUsername = "admin";
    public const string AdminPassword = "end-to-end-admin-password";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _runId = Guid.NewGuid().ToString("N")[..12];
    private readonly List<ServiceProcess> _services = [];
    private TemporaryDatabase? _database;
    private TemporaryVirtualHost? _virtualHost;
    private BusEndpoint _bus = null!;
    private readonly AdminSession _admin = new(AdminUsername, AdminPassword);

    public string TopicPrefix => $"mobius-e2e-{_runId}";

    public string RedisKeyPrefix => $"mobius-e2e-{_runId}:";

    public ServiceProcess ObjectStore { get; private set; } = null!;

    public ServiceProcess Gateway { get; private set; } = null!;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    public IReadOnlyList<ServiceProcess> Services => _services;

    /// <summary>
    /// An Engine API client logged in as the admin. Like a real tool it logs in once and reuses the
    /// token (the object store limits login attempts per user).
    /// </summary>
    public Task<EngineApiClient> ApiAsync() => _admin.ClientAsync(ObjectStore.BaseAddress);

    /// <summary>The RabbitMQ of this run, for tests that speak to the bus themselves.</summary>
    public BusEndpoint Bus => _bus;

    /// <summary>Settings (environment variables) the gateway gets on top of the fixture's own.</summary>
    protected virtual IReadOnlyDictionary<string, string> GatewaySettings { get; } = new Dictionary<string, string>();

    /// <summary>
    /// Settings (environment variables) every service gets, under the fixture's own and the
    /// service's (a benchmark turns logging down, a trace test points OTLP at its receiver).
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string> ServiceSettings { get; } = new Dictionary<string, string>();

    /// <summary>Whether the decoders run; without them the stack is the object store and the gateway alone.</summary>
    protected virtual bool StartsDecoders => true;

    /// <summary>Whether the object store pools its database connections, as it does deployed; off by default for tests.</summary>
    protected virtual bool PoolsDatabaseConnections => false;

    public virtual async Task InitializeAsync()
    {
        _database = await TemporaryDatabase.CreateAsync();
        _bus = await ProvideBusAsync();
        Redis = await ConnectionMultiplexer.ConnectAsync(TestInfrastructure.Redis);

        ObjectStore = Start("object-store", "Mobius.Micro.ObjectStore", new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = PoolsDatabaseConnections
                ? new Npgsql.NpgsqlConnectionStringBuilder(_database.ConnectionString) { Pooling = true }.ConnectionString
                : _database.ConnectionString,
            ["Auth__SigningKey"] = $"end-to-end-signing-key-{Guid.NewGuid():N}",
            ["Auth__BootstrapAdmin__Username"] = AdminUsername,
            ["Auth__BootstrapAdmin__Password"] = AdminPassword,
        });
        await ObjectStore.WaitUntilReadyAsync(StartTimeout);

        Gateway = StartGateway();
        if (!StartsDecoders)
        {
            await Gateway.WaitUntilReadyAsync(StartTimeout);
            return;
        }

        var enOceanDecoder = Start("enocean-decoder", "Mobius.Micro.EnOceanDecoder", new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = TestInfrastructure.Redis,
            ["EnOceanDecoder__RedisKeyPrefix"] = RedisKeyPrefix,
        });
        var workOccDecoder = Start("workocc-decoder", "Mobius.Micro.WorkOccDecoder", new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = TestInfrastructure.Redis,
            ["WorkOccDecoder__RedisKeyPrefix"] = RedisKeyPrefix,
        });
        await Task.WhenAll(Gateway.WaitUntilReadyAsync(StartTimeout), enOceanDecoder.WaitUntilReadyAsync(StartTimeout), workOccDecoder.WaitUntilReadyAsync(StartTimeout));
    }

    /// <summary>Stops the gateway the hard way (as a crash would) and starts a new one with the same settings.</summary>
    public async Task RestartGatewayAsync()
    {
        await StopGatewayAsync();
        await StartGatewayAgainAsync();
    }

    /// <summary>Stops the gateway the hard way, as a crash would; its MQTT session stays with the broker.</summary>
    public async Task StopGatewayAsync()
    {
        _services.Remove(Gateway);
        await Gateway.DisposeAsync();
    }

    /// <summary>Starts a new gateway with the same settings (and MQTT client id) after <see cref="StopGatewayAsync"/>.</summary>
    public async Task StartGatewayAgainAsync()
    {
        Gateway = StartGateway();
        await Gateway.WaitUntilReadyAsync(StartTimeout);
    }

    /// <summary>The RabbitMQ the services use: by default a virtual host of this run's own on the shared server.</summary>
    protected virtual async Task<BusEndpoint> ProvideBusAsync()
    {
        _virtualHost = await TemporaryVirtualHost.CreateAsync();
        return new BusEndpoint(TestInfrastructure.RabbitMq.Host, TestInfrastructure.RabbitMq.Port, _virtualHost.Name);
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }

        if (Redis is not null)
        {
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

    public static (string Host, int Port) MqttEndpoint() => ParseEndpoint(TestInfrastructure.Mqtt);

    /// <summary>An MQTT broker's <c>host[:port]</c>.</summary>
    public static (string Host, int Port) ParseEndpoint(string hostAndPort)
    {
        var parts = hostAndPort.Split(':');
        return (parts[0], parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 1883);
    }

    private ServiceProcess StartGateway()
    {
        var (mqttHost, mqttPort) = MqttEndpoint();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = TestInfrastructure.Redis,
            ["Gateway__RedisKeyPrefix"] = RedisKeyPrefix,
            ["Mqtt__Host"] = mqttHost,
            ["Mqtt__Port"] = mqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mqtt__TopicPrefix"] = TopicPrefix,
            ["Mqtt__ClientId"] = $"gateway-{_runId}",
            ["Mqtt__SharedSubscriptionGroup"] = $"gateway-{_runId}",
        };
        foreach (var (key, value) in GatewaySettings)
        {
            settings[key] = value;
        }

        return Start("connector-gateway", "Mobius.Micro.ConnectorGateway", settings);
    }

    private ServiceProcess Start(string folder, string assembly, Dictionary<string, string> environment)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        foreach (var (key, value) in ServiceSettings)
        {
            environment.TryAdd(key, value);
        }

        environment["Mobius__HubId"] = HubId;
        environment["RabbitMq__Host"] = _bus.Host;
        environment["RabbitMq__Port"] = _bus.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["RabbitMq__VirtualHost"] = _bus.VirtualHost;
        environment["RabbitMq__Username"] = username;
        environment["RabbitMq__Password"] = password;
        var service = ServiceProcess.Start(folder, assembly, environment);
        _services.Add(service);
        return service;
    }
}
