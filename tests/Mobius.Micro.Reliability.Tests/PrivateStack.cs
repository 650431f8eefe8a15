using System.Globalization;
using Mobius.Micro.Testing;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// The whole stack on servers of its own: PostgreSQL, RabbitMQ, Redis and Mosquitto started for this
/// fixture on free loopback ports (never the shared ones: a test here stops and kills them), and the
/// four services as processes, each of which may be stopped, killed and started again.
/// </summary>
public class PrivateStack : IAsyncLifetime
{
    public const string HubId = StackFixture.HubId;
    public const string TopicPrefix = "mobius";
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private readonly AdminSession _admin = new(StackFixture.AdminUsername, StackFixture.AdminPassword, tokenLifetime: TimeSpan.FromMinutes(8));

    public PrivatePostgres Postgres { get; private set; } = null!;

    public PrivateRabbitMq RabbitMq { get; private set; } = null!;

    public PrivateRedis Redis { get; private set; } = null!;

    public PrivateMosquitto Mosquitto { get; private set; } = null!;

    public StackService ObjectStore { get; private set; } = null!;

    public StackService Gateway { get; private set; } = null!;

    public StackService EnOceanDecoder { get; private set; } = null!;

    public StackService WorkOccDecoder { get; private set; } = null!;

    public IReadOnlyList<StackService> Services => [ObjectStore, Gateway, EnOceanDecoder, WorkOccDecoder];

    public string MqttBroker => $"127.0.0.1:{Mosquitto.Port}";

    /// <summary>Settings the gateway gets on top of the fixture's own.</summary>
    protected virtual IReadOnlyDictionary<string, string> GatewaySettings { get; } = new Dictionary<string, string>();

    /// <summary>An Engine API client logged in as the admin; the token is reused until shortly before it expires.</summary>
    public Task<EngineApiClient> ApiAsync() => _admin.ClientAsync(ObjectStore.Process.BaseAddress);

    /// <summary>The last lines each service wrote, for a failure message.</summary>
    public string RecentOutput(int lines = 25) => string.Join("\n", Services.Select(service =>
        $"--- {service.Name}:\n{string.Join('\n', service.Process.Output.Split('\n').TakeLast(lines))}"));

    public async Task InitializeAsync()
    {
        await Task.WhenAll(
            Task.Run(async () => Postgres = await PrivatePostgres.StartAsync()),
            Task.Run(async () => RabbitMq = await PrivateRabbitMq.StartAsync()),
            Task.Run(async () => Redis = await PrivateRedis.StartAsync()),
            Task.Run(async () => Mosquitto = await PrivateMosquitto.StartAsync()));

        ObjectStore = Service("object-store", "Mobius.Micro.ObjectStore", new()
        {
            ["ConnectionStrings__Postgres"] = Postgres.ConnectionString,
            ["Auth__SigningKey"] = $"reliability-signing-key-{Guid.NewGuid():N}",
            ["Auth__BootstrapAdmin__Username"] = StackFixture.AdminUsername,
            ["Auth__BootstrapAdmin__Password"] = StackFixture.AdminPassword,
        });
        await ObjectStore.StartAndWaitAsync();

        var gateway = new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = Redis.Configuration,
            ["Mqtt__Host"] = "127.0.0.1",
            ["Mqtt__Port"] = Mosquitto.Port.ToString(CultureInfo.InvariantCulture),
            ["Mqtt__TopicPrefix"] = TopicPrefix,
            ["Mqtt__ClientId"] = $"gateway-{_runId}",
            ["Mqtt__SharedSubscriptionGroup"] = $"gateway-{_runId}",
        };
        foreach (var (key, value) in GatewaySettings)
        {
            gateway[key] = value;
        }

        Gateway = Service("connector-gateway", "Mobius.Micro.ConnectorGateway", gateway);
        EnOceanDecoder = Service("enocean-decoder", "Mobius.Micro.EnOceanDecoder", new() { ["ConnectionStrings__Redis"] = Redis.Configuration });
        WorkOccDecoder = Service("workocc-decoder", "Mobius.Micro.WorkOccDecoder", new() { ["ConnectionStrings__Redis"] = Redis.Configuration });
        await Task.WhenAll(Gateway.StartAndWaitAsync(), EnOceanDecoder.StartAndWaitAsync(), WorkOccDecoder.StartAndWaitAsync());
    }

    public async Task DisposeAsync()
    {
        foreach (var service in new[] { Gateway, EnOceanDecoder, WorkOccDecoder, ObjectStore }.OfType<StackService>())
        {
            await service.DisposeAsync();
        }

        foreach (var server in new IAsyncDisposable?[] { Mosquitto, Redis, RabbitMq, Postgres }.OfType<IAsyncDisposable>())
        {
            await server.DisposeAsync();
        }
    }

    private StackService Service(string folder, string assembly, Dictionary<string, string> environment)
    {
        environment["Mobius__HubId"] = HubId;
        environment["RabbitMq__Host"] = "127.0.0.1";
        environment["RabbitMq__Port"] = RabbitMq.Port.ToString(CultureInfo.InvariantCulture);
        environment["RabbitMq__VirtualHost"] = "/";
        environment["RabbitMq__Username"] = "guest";
        environment["RabbitMq__Password"] = "guest";
        return new StackService(folder, assembly, environment);
    }
}
