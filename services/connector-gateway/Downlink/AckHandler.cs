using MassTransit;
using Mobius.Micro.ConnectorGateway.Ingress;
using Mobius.Micro.ConnectorGateway.Status;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ConnectorGateway.Downlink;

/// <summary>A verified <c>ack</c>: a sign of life, and the answer to a downlink whichever replica sent it.</summary>
public sealed class AckHandler(ConnectorLiveStatus liveStatus, IBus bus)
{
    public async Task HandleAsync(AcceptedMessage accepted, AckClaims ack, CancellationToken cancellationToken)
    {
        await liveStatus.HeardAsync(accepted, cancellationToken);
        await bus.Publish(new DownlinkAcknowledged { DownlinkId = ack.DownlinkId, Serial = accepted.Serial, Ok = ack.Ok, Error = ack.Error }, cancellationToken);
    }
}
