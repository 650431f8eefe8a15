using System.Collections.Concurrent;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.Testing;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// The whole stack on the shared servers (its own database, virtual host and prefixes) with an
/// observer on its bus that keeps every telegram the gateway published (in its batches of either module),
/// i.e. everything that would reach a decoder.
/// </summary>
public sealed class EdgeStack : StackFixture
{
    private IBusControl? _observer;

    public ConcurrentQueue<RawTelegramReceived> Relayed { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        _observer = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(Bus.Host, (ushort)Bus.Port, Bus.VirtualHost, host =>
            {
                host.Username(username);
                host.Password(password);
            });
            rabbit.ReceiveEndpoint("edge-attack-observer", endpoint =>
            {
                endpoint.Handler<EnOceanTelegramsReceived>(context => Keep(context.Message.Telegrams));
                endpoint.Handler<WorkOccTelegramsReceived>(context => Keep(context.Message.Telegrams));
            });
        });
        await _observer.StartAsync();
    }

    private Task Keep(IReadOnlyList<RawTelegramReceived> telegrams)
    {
        foreach (var telegram in telegrams)
        {
            Relayed.Enqueue(telegram);
        }

        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        if (_observer is not null)
        {
            await _observer.StopAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>A connector object with its own PSK, and its connector connected to the broker.</summary>
    public async Task<TestConnector> RegisterAsync(string psk)
    {
        var serial = $"MF_{Random.Shared.Next(0x1000000):X6}";
        using var api = await ApiAsync();
        await api.CreateObjectAsync("021/FFC0", ("0B", serial), ("0C", psk));
        var connector = new TestConnector(serial, psk, TopicPrefix);
        await connector.ConnectAsync();
        return connector;
    }

    /// <summary>The gateway's count of rejections for <paramref name="reason"/>, from its Prometheus endpoint.</summary>
    public Task<double> RejectionsAsync(string reason) => GatewayRejections.CountAsync(Gateway.BaseAddress, reason);
}
