using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.Testing;

namespace Mobius.Micro.EnOceanDecoder.IntegrationTests;

/// <summary>
/// A bus of the test's own on the stack's virtual host with a queue of its own, so it sees every
/// message the decoder publishes while the object store and the gateway consume theirs; it can
/// publish too.
/// </summary>
public sealed class BusWatcher : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private BusWatcher(IBusControl bus) => _bus = bus;

    public MessageLog<ObjectValuesReported> Readings { get; } = new();
    public MessageLog<BroadcastCommand> Broadcasts { get; } = new();
    public MessageLog<EnOceanTeachInReceived> TeachIns { get; } = new();
    public MessageLog<ObjectProvisioningRequested> Provisioning { get; } = new();
    public MessageLog<SendEnOceanDownlink> Downlinks { get; } = new();

    public static async Task<BusWatcher> StartAsync(string virtualHost)
    {
        BusWatcher? watcher = null;
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(TestInfrastructure.RabbitMq.Host, (ushort)TestInfrastructure.RabbitMq.Port, virtualHost, host =>
            {
                host.Username(username);
                host.Password(password);
            });
            rabbit.ReceiveEndpoint("enocean-integration-watcher", endpoint =>
            {
                endpoint.Handler<ObjectValuesReportedBatch>(context => KeepAll(watcher!.Readings, context.Message.Reports));
                endpoint.Handler<BroadcastCommands>(context => KeepAll(watcher!.Broadcasts, context.Message.Commands));
                endpoint.Handler<EnOceanTeachInReceived>(context => Keep(watcher!.TeachIns, context.Message));
                endpoint.Handler<ObjectProvisioningRequested>(context => Keep(watcher!.Provisioning, context.Message));
                endpoint.Handler<SendEnOceanDownlink>(context => Keep(watcher!.Downlinks, context.Message));
            });
        });
        watcher = new BusWatcher(bus);
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return watcher;
    }

    /// <summary>Publishes on the stack's bus as another service would (e.g. the gateway's batches of raw telegrams).</summary>
    public Task PublishAsync<T>(T message)
        where T : class => _bus.Publish(message);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private static Task Keep<T>(MessageLog<T> log, T message)
    {
        log.Add(message);
        return Task.CompletedTask;
    }

    private static Task KeepAll<T>(MessageLog<T> log, IEnumerable<T> messages)
    {
        foreach (var message in messages)
        {
            log.Add(message);
        }

        return Task.CompletedTask;
    }
}
