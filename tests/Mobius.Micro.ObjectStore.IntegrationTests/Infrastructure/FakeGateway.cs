using System.Collections.Concurrent;
using MassTransit;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>
/// Stands in for the connector gateway's side of <see cref="SendEnOceanDownlink"/>: answers by the
/// packet's first byte (0x01 acknowledged, 0x02..0x05 rejected with connector_unknown,
/// connector_offline, no_enocean_module, invalid_packet, 0x06 failed, 0x07 timed out, 0xEE no
/// answer at all) and keeps every request it got.
/// </summary>
public sealed class FakeGateway
{
    public const string Queue = "test-gateway-downlinks";

    public ConcurrentQueue<SendEnOceanDownlink> Received { get; } = new();

    public void Configure(IRabbitMqBusFactoryConfigurator bus) =>
        bus.ReceiveEndpoint(Queue, endpoint => endpoint.Handler<SendEnOceanDownlink>(AnswerAsync));

    private async Task AnswerAsync(ConsumeContext<SendEnOceanDownlink> context)
    {
        var downlink = context.Message;
        Received.Enqueue(downlink);
        var (status, error) = downlink.RawData[0] switch
        {
            0x02 => (DownlinkStatus.Rejected, "connector_unknown"),
            0x03 => (DownlinkStatus.Rejected, "connector_offline"),
            0x04 => (DownlinkStatus.Rejected, "no_enocean_module"),
            0x05 => (DownlinkStatus.Rejected, "invalid_packet"),
            0x06 => (DownlinkStatus.Failed, "tx_busy"),
            0x07 => (DownlinkStatus.TimedOut, "ack_timeout"),
            0xEE => (null, null),
            _ => (DownlinkStatus.Acknowledged, (string?)null),
        };
        if (status is not null)
        {
            await context.RespondAsync(new EnOceanDownlinkOutcome { DownlinkId = downlink.DownlinkId, Status = status, Error = error });
        }
    }
}
