using MassTransit;
using Mobius.Micro.Testing;

namespace Mobius.Micro.Bench.ObjectStore;

/// <summary>A bus of the benchmark's own on the object store's virtual host, standing in for the decoders.</summary>
public static class PublisherBus
{
    public static async Task<IBusControl> StartAsync(string virtualHost)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(
            TestInfrastructure.RabbitMq.Host, (ushort)TestInfrastructure.RabbitMq.Port, virtualHost, host =>
            {
                host.Username(username);
                host.Password(password);
                host.PublisherConfirmation = true;
            }));
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return bus;
    }
}
