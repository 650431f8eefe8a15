using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>The whole stack on a RabbitMQ node of its own, which the test may stop and restart.</summary>
public sealed class RestartableBusStack : StackFixture
{
    public PrivateRabbitMq Broker { get; private set; } = null!;

    protected override async Task<BusEndpoint> ProvideBusAsync()
    {
        Broker = await PrivateRabbitMq.StartAsync();
        return new BusEndpoint("127.0.0.1", Broker.Port, "/");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Broker.DisposeAsync();
    }
}
