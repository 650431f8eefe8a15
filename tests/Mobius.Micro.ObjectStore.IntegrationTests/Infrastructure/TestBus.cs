using MassTransit;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>A bus of its own on the store's virtual host, standing in for the gateway and the decoders.</summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IBusControl bus;

    private TestBus(IBusControl bus) => this.bus = bus;

    public IBus Bus => bus;

    public static async Task<TestBus> StartAsync(string virtualHost, Action<IRabbitMqBusFactoryConfigurator>? configure = null)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(TestInfrastructure.RabbitMq.Host, (ushort)TestInfrastructure.RabbitMq.Port, virtualHost, host =>
            {
                host.Username(username);
                host.Password(password);
            });
            configure?.Invoke(rabbit);
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return new TestBus(bus);
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
