using MassTransit;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>
/// An object store of a test class's own, on its own database and virtual host, with settings of
/// its own: for tests that change what others rely on (stopping services, restoring, fuzzing) or
/// need other limits. Start it from <c>InitializeAsync</c>, dispose it from <c>DisposeAsync</c>.
/// </summary>
public sealed class IsolatedStore : IAsyncDisposable
{
    private readonly List<ObjectStoreFactory> factories = [];
    private TestBus? bus;

    private IsolatedStore(TemporaryDatabase database, TemporaryVirtualHost virtualHost, IReadOnlyDictionary<string, string?> settings)
    {
        Database = database;
        VirtualHost = virtualHost;
        Settings = settings;
    }

    public TemporaryDatabase Database { get; }

    public TemporaryVirtualHost VirtualHost { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>The first (or only) replica.</summary>
    public ObjectStoreFactory Factory => factories[0];

    public IBus Bus => bus?.Bus ?? throw new InvalidOperationException("not started");

    public FakeGateway Gateway { get; } = new();

    public static async Task<IsolatedStore> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var store = new IsolatedStore(await TemporaryDatabase.CreateAsync(), await TemporaryVirtualHost.CreateAsync(), settings ?? new Dictionary<string, string?>());
        await store.StartReplicaAsync();
        store.bus = await TestBus.StartAsync(store.VirtualHost.Name, store.Gateway.Configure);
        return store;
    }

    /// <summary>Another replica on the same database and virtual host, ready.</summary>
    public async Task<ObjectStoreFactory> StartReplicaAsync()
    {
        var factory = new ObjectStoreFactory(Database.ConnectionString, VirtualHost.Name, Settings);
        factories.Add(factory);
        await ObjectStoreFixture.WaitUntilReadyAsync(factory.CreateClient());
        return factory;
    }

    /// <summary>Stops the replica as a process would stop, keeping the database.</summary>
    public async Task StopReplicaAsync(ObjectStoreFactory factory)
    {
        factories.Remove(factory);
        await factory.DisposeAsync();
    }

    public EngineApi Anonymous(ObjectStoreFactory? replica = null) => new((replica ?? Factory).CreateClient());

    public Task<EngineApi> AdminAsync(ObjectStoreFactory? replica = null) =>
        Anonymous(replica).AuthenticatedAsAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword);

    public async ValueTask DisposeAsync()
    {
        if (bus is not null)
        {
            await bus.DisposeAsync();
        }

        foreach (var factory in factories)
        {
            await factory.DisposeAsync();
        }

        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
