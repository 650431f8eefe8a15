using System.Collections.Concurrent;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.Testing;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;

/// <summary>
/// A bus of the test's own on the decoder's virtual host, standing in for the gateway (it publishes
/// raw telegrams) and the object store (it answers device lookups from <see cref="Devices"/> and
/// keeps everything the decoder publishes).
/// </summary>
public sealed class StandInBus : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private StandInBus(IBusControl bus) => _bus = bus;

    /// <summary>Registered sensors: UID → (object URI, PID).</summary>
    public ConcurrentDictionary<string, (string ObjectUri, string Pid)> Devices { get; } = new(StringComparer.Ordinal);

    public Inbox<ObjectValuesReported> Values { get; } = new();
    public Inbox<BroadcastCommand> Broadcasts { get; } = new();
    public Inbox<WorkOccSensorDiscovered> Discovered { get; } = new();
    public Inbox<ObjectProvisioningRequested> Provisioning { get; } = new();

    public static async Task<StandInBus> StartAsync(string virtualHost)
    {
        StandInBus? standIn = null;
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(TestInfrastructure.RabbitMq.Host, (ushort)TestInfrastructure.RabbitMq.Port, virtualHost, host =>
            {
                host.Username(username);
                host.Password(password);
            });
            rabbit.ReceiveEndpoint("workocc-test-stand-in", endpoint =>
            {
                endpoint.Handler<GetWorkOccDevice>(context => context.RespondAsync(standIn!.Registration(context.Message.Uid)));
                endpoint.Handler<ObjectValuesReported>(context => Keep(standIn!.Values, context.Message));
                endpoint.Handler<ObjectValuesReportedBatch>(context => KeepAll(standIn!.Values, context.Message.Reports));
                endpoint.Handler<BroadcastCommands>(context => KeepAll(standIn!.Broadcasts, context.Message.Commands));
                endpoint.Handler<WorkOccSensorDiscovered>(context => Keep(standIn!.Discovered, context.Message));
                endpoint.Handler<ObjectProvisioningRequested>(context => Keep(standIn!.Provisioning, context.Message));
            });
        });
        standIn = new StandInBus(bus);
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return standIn;
    }

    /// <summary>Publishes a WorkOcc telegram as the gateway would after accepting it.</summary>
    /// <param name="messageSeq">The connector message's sequence number; the same one again is a redelivery of that message.</param>
    public Task HearAsync(string hex, DateTimeOffset receivedAt, string connectorSerial = "MF_0000A1", int? rssi = -60, long? messageSeq = null) =>
        _bus.Publish(new RawTelegramReceived
        {
            ConnectorSerial = connectorSerial,
            ConnectorUri = $"000001/021/FFC0/{connectorSerial[^4..]}",
            Module = RadioModules.WorkOcc,
            Data = Convert.FromHexString(hex),
            Rssi = rssi,
            ReceivedAt = receivedAt,
            Boot = "test-boot",
            Seq = messageSeq ?? Random.Shared.NextInt64(1, long.MaxValue),
        });

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private WorkOccDeviceRegistration Registration(string uid) =>
        Devices.TryGetValue(uid, out var device)
            ? new WorkOccDeviceRegistration { Uid = uid, Found = true, ObjectUri = device.ObjectUri, Pid = device.Pid }
            : new WorkOccDeviceRegistration { Uid = uid, Found = false };

    private static Task Keep<T>(Inbox<T> inbox, T message)
    {
        inbox.Add(message);
        return Task.CompletedTask;
    }

    private static Task KeepAll<T>(Inbox<T> inbox, IEnumerable<T> messages)
    {
        foreach (var message in messages)
        {
            inbox.Add(message);
        }

        return Task.CompletedTask;
    }
}
