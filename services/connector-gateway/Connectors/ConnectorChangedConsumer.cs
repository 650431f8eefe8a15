using MassTransit;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ConnectorGateway.Connectors;

/// <summary>
/// Every replica hears every <see cref="ConnectorChanged"/> (a temporary queue of its own) and
/// forgets what it cached about that connector, so the change applies to the next message.
/// </summary>
public sealed class ConnectorChangedConsumer(ConnectorDirectory directory) : IConsumer<ConnectorChanged>
{
    public Task Consume(ConsumeContext<ConnectorChanged> context)
    {
        directory.Forget(context.Message.Serial);
        return Task.CompletedTask;
    }
}
