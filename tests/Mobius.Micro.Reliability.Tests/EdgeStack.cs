using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.Testing;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// The whole stack on the shared servers (its own database, virtual host and prefixes) with an
/// observer on its bus that keeps every telegram the gateway published (in its <see cref="RawTelegramsReceived"/> batches),
/// i.e. everything that would reach a decoder.
/// </summary>
public sealed partial class EdgeStack : StackFixture
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
            rabbit.ReceiveEndpoint("edge-attack-observer", endpoint => endpoint.Handler<RawTelegramsReceived>(context =>
            {
                foreach (var telegram in context.Message.Telegrams)
                {
                    Relayed.Enqueue(telegram);
                }

                return Task.CompletedTask;
            }));
        });
        await _observer.StartAsync();
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
    public async Task<double> RejectionsAsync(string reason)
    {
        using var http = new HttpClient { BaseAddress = Gateway.BaseAddress };
        var exposition = await http.GetStringAsync("/metrics");
        return RejectionLine().Matches(exposition)
            .Where(match => match.Groups["labels"].Value.Contains($"reason=\"{reason}\"", StringComparison.Ordinal))
            .Sum(match => double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("""^mobius_gateway_messages_rejected_total\{(?<labels>[^}]*)\} (?<value>[0-9.eE+-]+)""", RegexOptions.Multiline)]
    private static partial Regex RejectionLine();
}
