using System.Collections.Concurrent;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.Testing;
using Xunit.Abstractions;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>
/// No loss: RabbitMQ is stopped and started again in the middle of a stream of 10,000 telegrams.
/// The gateway acknowledges a telegram only after RabbitMQ confirmed it, so every sequence number
/// must reach the bus; a redelivery may add a duplicate, which is counted and reported.
/// A fault test: it stops a broker and runs minutes, so it runs with <c>make faults</c>, not <c>make test</c>.
/// </summary>
[Trait("Category", "Fault")]
public sealed class ZeroLossTests(RestartableBusStack stack, ITestOutputHelper output) : IClassFixture<RestartableBusStack>
{
    private const int Telegrams = 10_000;
    private const int PerSecond = 1_000;
    private const string Psk = "zero-loss pre-shared key";

    [Fact]
    public async Task Every_telegram_reaches_the_bus_when_rabbitmq_restarts_mid_stream()
    {
        var seen = new ConcurrentDictionary<long, int>();
        var observer = await StartObserverAsync(seen);
        await using var connector = await RegisterConnectorAsync();

        var outage = Task.CompletedTask;
        for (var sent = 1; sent <= Telegrams; sent++)
        {
            await connector.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x0A0B0C0D, (byte)(sent % 250), (byte)(sent / 250)));
            if (sent == Telegrams * 3 / 10)
            {
                outage = RestartBrokerAsync();
            }

            if (sent % (PerSecond / 10) == 0)
            {
                await Task.Delay(100);
            }
        }

        await outage;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (seen.Count < Telegrams && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        await observer.StopAsync();
        var missing = Enumerable.Range(1, Telegrams).Where(seq => !seen.ContainsKey(seq)).ToList();
        var duplicates = seen.Values.Sum(count => count - 1);
        output.WriteLine($"{seen.Count} of {Telegrams} sequence numbers arrived, {duplicates} duplicates, {missing.Count} missing");
        var gatewayProblems = stack.Gateway.Output.Split('\n').Where(line => line.Contains("Rejected", StringComparison.Ordinal) || line.Contains("failed", StringComparison.Ordinal) || line.Contains("telegram", StringComparison.Ordinal));
        Assert.True(missing.Count == 0, $"missing sequence numbers: {string.Join(',', missing.Take(20))}\n{string.Join('\n', gatewayProblems.Take(30))}");
        Assert.Equal(Telegrams, seen.Count);
    }

    private async Task RestartBrokerAsync()
    {
        await stack.Broker.StopAsync();
        output.WriteLine($"RabbitMQ stopped at {DateTime.UtcNow:HH:mm:ss.fff}");
        await Task.Delay(TimeSpan.FromSeconds(3));
        await stack.Broker.StartAsync(TimeSpan.FromSeconds(90));
        output.WriteLine($"RabbitMQ started at {DateTime.UtcNow:HH:mm:ss.fff}");
    }

    private async Task<IBusControl> StartObserverAsync(ConcurrentDictionary<long, int> seen)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(stack.Bus.Host, (ushort)stack.Bus.Port, stack.Bus.VirtualHost, host =>
            {
                host.Username(username);
                host.Password(password);
            });
            // A durable queue of the product's kind (decision 9): a classic one may lose what RabbitMQ confirmed while it stops.
            rabbit.ReceiveEndpoint("zero-loss-observer", endpoint =>
            {
                endpoint.SetQuorumQueue();
                endpoint.Handler<EnOceanTelegramsReceived>(context => Count(context.Message.Telegrams));
                endpoint.Handler<WorkOccTelegramsReceived>(context => Count(context.Message.Telegrams));
            });
        });
        await bus.StartAsync();
        return bus;

        Task Count(IReadOnlyList<RawTelegramReceived> telegrams)
        {
            foreach (var telegram in telegrams)
            {
                seen.AddOrUpdate(telegram.Seq, 1, (_, count) => count + 1);
            }

            return Task.CompletedTask;
        }
    }

    private async Task<TestConnector> RegisterConnectorAsync()
    {
        var serial = $"MF_{Random.Shared.Next(0x1000000):X6}";
        using var api = await stack.ApiAsync();
        await api.CreateObjectAsync("021/FFC0", ("0B", serial), ("0C", Psk));
        var connector = new TestConnector(serial, Psk, stack.TopicPrefix);
        await connector.ConnectAsync();
        return connector;
    }
}
