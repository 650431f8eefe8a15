using System.Text.Json;
using Mobius.Micro.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Mobius.Micro.Bench.Pipeline.Taps;

/// <summary>
/// A queue of the benchmark's own bound to the fan-out exchange of one message type (as MassTransit
/// names and declares it), handing each message (the inside of MassTransit's envelope) to a reader.
/// The queue is exclusive: it goes away with the benchmark.
/// </summary>
public sealed class BusTap : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private BusTap(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<BusTap> BindAsync(BusEndpoint bus, string messageType, Action<JsonElement> read)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var factory = new ConnectionFactory
        {
            HostName = bus.Host,
            Port = bus.Port,
            VirtualHost = bus.VirtualHost,
            UserName = username,
            Password = password,
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var exchange = $"Mobius.Micro.Contracts:{messageType}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue.QueueName, exchange, "");
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            if (envelope.RootElement.TryGetProperty("message", out var message))
            {
                read(message);
            }

            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return new BusTap(connection, channel);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
