using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Mobius.Micro.ObjectStore.Users;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>
/// One object store for the tests of a collection: a fresh database and virtual host, the store
/// started and ready (migrated, bus connected), and a bus of the tests' own on the same host.
/// </summary>
public sealed class ObjectStoreFixture : IAsyncLifetime
{
    private TemporaryDatabase? database;
    private TemporaryVirtualHost? virtualHost;
    private TestBus? bus;
    private ObjectStoreFactory? factory;

    public ObjectStoreFactory Factory => factory ?? throw new InvalidOperationException("not started");

    public TemporaryDatabase Database => database ?? throw new InvalidOperationException("not started");

    public TemporaryVirtualHost VirtualHost => virtualHost ?? throw new InvalidOperationException("not started");

    public IBus Bus => bus?.Bus ?? throw new InvalidOperationException("not started");

    /// <summary>The gateway's side of downlinks, on the tests' bus.</summary>
    public FakeGateway Gateway { get; } = new();

    public async Task InitializeAsync()
    {
        database = await TemporaryDatabase.CreateAsync();
        virtualHost = await TemporaryVirtualHost.CreateAsync();
        factory = new ObjectStoreFactory(database.ConnectionString, virtualHost.Name);
        await WaitUntilReadyAsync(factory.CreateClient());
        bus = await TestBus.StartAsync(virtualHost.Name, Gateway.Configure);
    }

    public async Task DisposeAsync()
    {
        if (bus is not null)
        {
            await bus.DisposeAsync();
        }

        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (virtualHost is not null)
        {
            await virtualHost.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>A client without a token.</summary>
    public EngineApi Anonymous() => new(Factory.CreateClient());

    public Task<EngineApi> AdminAsync() =>
        Anonymous().AuthenticatedAsAsync(ObjectStoreFactory.AdminUsername, ObjectStoreFactory.AdminPassword);

    /// <summary>A new user with exactly <paramref name="roles"/>, logged in.</summary>
    public async Task<EngineApi> UserWithRolesAsync(params string[] roles)
    {
        var username = $"user-{Guid.NewGuid():N}";
        const string password = "a-password-for-tests";
        await Factory.Services.GetRequiredService<UserStore>().CreateAsync(username, password, roles, CancellationToken.None);
        return await Anonymous().AuthenticatedAsAsync(username, password);
    }

    /// <summary>Readiness (database and bus) before any test runs, so no message is published before the store's queues are bound.</summary>
    public static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var health = await Eventually.ReturnsAsync(
            async () => await client.GetAsync("/health/ready"),
            response => response.IsSuccessStatusCode,
            TimeSpan.FromSeconds(30));
        if (!health.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"object store not ready: {await health.Content.ReadAsStringAsync()}");
        }
    }
}
