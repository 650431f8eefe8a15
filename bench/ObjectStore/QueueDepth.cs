using Mobius.Micro.Testing;
using RabbitMQ.Client;

namespace Mobius.Micro.Bench.ObjectStore;

/// <summary>
/// Messages ready in a queue, read with a passive declare over AMQP: exact and immediate, unlike the
/// management API's statistics, which lag by seconds.
/// </summary>
public sealed class QueueDepth : IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly string queue;

    private QueueDepth(IConnection connection, IChannel channel, string queue)
    {
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    public static async Task<QueueDepth> OpenAsync(string virtualHost, string queue)
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        var factory = new ConnectionFactory
        {
            HostName = TestInfrastructure.RabbitMq.Host,
            Port = TestInfrastructure.RabbitMq.Port,
            VirtualHost = virtualHost,
            UserName = username,
            Password = password,
        };
        var connection = await factory.CreateConnectionAsync();
        return new QueueDepth(connection, await connection.CreateChannelAsync(), queue);
    }

    public async Task<uint> ReadyAsync() => (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
