using System.Globalization;
using Mobius.Micro.Testing;
using StackExchange.Redis;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Stack;

/// <summary>
/// The object store, the connector gateway and the WorkOcc decoder as processes, on a database,
/// virtual host, Redis key prefix and MQTT topic prefix of their own. The decoder provisions unknown
/// sensors and counts "today" in Europe/Berlin, so the service also proves it finds an IANA time zone.
/// </summary>
public sealed class WorkOccStackFixture : IAsyncLifetime
{
    public const string AdminUsername = "admin";
    public const string AdminPassword = "workocc-stack-admin-password";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _runId = Guid.NewGuid().ToString("N")[..12];
    private readonly List<ServiceProcess> _services = [];
    private TemporaryDatabase? _database;
    private TemporaryVirtualHost? _virtualHost;

    public string TopicPrefix => $"mobius-workocc-{_runId}";

    public string RedisKeyPrefix => $"mobius-workocc-{_runId}:";

    public ServiceProcess ObjectStore { get; private set; } = null!;

    public ServiceProcess Decoder { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TemporaryDatabase.CreateAsync();
        _virtualHost = await TemporaryVirtualHost.CreateAsync();
        ObjectStore = Start("object-store", "Mobius.Micro.ObjectStore", new()
        {
            ["ConnectionStrings__Postgres"] = _database.ConnectionString,
            ["Auth__SigningKey"] = $"workocc-stack-signing-key-{Guid.NewGuid():N}",
            ["Auth__BootstrapAdmin__Username"] = AdminUsername,
            ["Auth__BootstrapAdmin__Password"] = AdminPassword,
        });
        await ObjectStore.WaitUntilReadyAsync(StartTimeout);

        var (mqttHost, mqttPort) = StackFixture.MqttEndpoint();
        var gateway = Start("connector-gateway", "Mobius.Micro.ConnectorGateway", new()
        {
            ["ConnectionStrings__Redis"] = TestInfrastructure.Redis,
            ["Gateway__RedisKeyPrefix"] = RedisKeyPrefix,
            ["Mqtt__Host"] = mqttHost,
            ["Mqtt__Port"] = mqttPort.ToString(CultureInfo.InvariantCulture),
            ["Mqtt__TopicPrefix"] = TopicPrefix,
            ["Mqtt__ClientId"] = $"gateway-{_runId}",
            ["Mqtt__SharedSubscriptionGroup"] = $"gateway-{_runId}",
        });
        Decoder = StartDecoder();
        await Task.WhenAll(gateway.WaitUntilReadyAsync(StartTimeout), Decoder.WaitUntilReadyAsync(StartTimeout));
    }

    /// <summary>Stops the decoder the hard way (as a crash would) and starts a new one with the same settings.</summary>
    public async Task RestartDecoderAsync()
    {
        _services.Remove(Decoder);
        await Decoder.DisposeAsync();
        Decoder = StartDecoder();
        await Decoder.WaitUntilReadyAsync(StartTimeout);
    }

    public async Task<EngineApiClient> LoggedInApiAsync()
    {
        var api = new EngineApiClient(ObjectStore.BaseAddress);
        await api.LoginAsync(AdminUsername, AdminPassword);
        return api;
    }

    public async Task DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }

        await using (var redis = await ConnectionMultiplexer.ConnectAsync(TestInfrastructure.Redis))
        {
            await Infrastructure.DecoderFixture.DeleteKeysAsync(redis, RedisKeyPrefix);
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

    private ServiceProcess StartDecoder() => Start("workocc-decoder", "Mobius.Micro.WorkOccDecoder", new()
    {
        ["ConnectionStrings__Redis"] = TestInfrastructure.Redis,
        ["WorkOccDecoder__RedisKeyPrefix"] = RedisKeyPrefix,
        ["WorkOccDecoder__TimeZone"] = "Europe/Berlin",
        ["WorkOccDecoder__RegistrationCacheSeconds"] = "1",
        ["WorkOccDecoder__UnknownDeviceCacheSeconds"] = "1",
        ["WorkOccDecoder__AutoProvision"] = "true",
    });

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
