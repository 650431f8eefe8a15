using Mobius.Micro.Testing;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>A connector object and an A5-04-01 device in the store of a <see cref="PrivateStack"/>, and the connector's telegram stream.</summary>
public sealed class StreamingSite : IAsyncDisposable
{
    public const string Psk = "reliability pre-shared key";

    private StreamingSite(TestConnector connector, TelegramStream stream, StoredTelegrams stored)
    {
        Connector = connector;
        Stream = stream;
        Stored = stored;
    }

    public TestConnector Connector { get; }

    public TelegramStream Stream { get; }

    public StoredTelegrams Stored { get; }

    public static async Task<StreamingSite> StartAsync(PrivateStack stack, double perSecond)
    {
        var since = DateTime.UtcNow;
        var serial = $"MF_{Random.Shared.Next(0x1000000):X6}";
        var senderId = (uint)Random.Shared.Next(0x01000000, int.MaxValue);
        using var api = await stack.ApiAsync();
        await api.CreateObjectAsync("021/FFC0", ("0B", serial), ("0C", Psk));
        var deviceIns = await api.CreateObjectAsync("022/0102", ("0A", "A5-04-01"), ("0B", senderId.ToString("X8")));
        var connector = new TestConnector(serial, Psk, PrivateStack.TopicPrefix, stack.MqttBroker);
        var stream = new TelegramStream(connector, senderId, perSecond);
        stream.Start();
        return new StreamingSite(connector, stream, new StoredTelegrams(stack, $"022/0102/{deviceIns}", since));
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
