using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.Connectors;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorGateway.Mqtt;
using Mobius.Micro.ConnectorGateway.Telemetry;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ConnectorGateway.Downlink;

/// <summary>
/// Sends an <c>ENOCEAN_RADIO_TX</c> downlink: checks the packet and the connector (known, enabled,
/// online, with an EnOcean module when it said which modules it has), signs a <c>down</c> message
/// with the connector's PSK, publishes it, and answers once the connector's <c>ack</c> arrives or
/// <see cref="GatewayOptions.DownlinkAckTimeoutSeconds"/> pass. Nothing is queued for later.
/// </summary>
public sealed class SendEnOceanDownlinkConsumer(
    RedisConnectorStateStore store,
    ConnectorDirectory directory,
    MqttConnection mqtt,
    ConnectorMessageSigner signer,
    GatewaySigningIdentity identity,
    PendingDownlinks pending,
    GatewayMetrics metrics,
    TimeProvider clock,
    IOptions<GatewayOptions> options) : IConsumer<SendEnOceanDownlink>
{
    public async Task Consume(ConsumeContext<SendEnOceanDownlink> context)
    {
        var outcome = await SendAsync(context.Message, context.CancellationToken);
        metrics.Downlink(outcome.Status);
        await context.RespondAsync(outcome);
    }

    private async Task<EnOceanDownlinkOutcome> SendAsync(SendEnOceanDownlink request, CancellationToken cancellationToken)
    {
        if (!DownlinkPacket.TryComplete(request.RawData, out var esp3, out _))
        {
            return Rejected(request, "invalid_packet");
        }

        var serial = await store.FindSerialAsync(request.ConnectorUri);
        if (serial is null)
        {
            return Rejected(request, "connector_unknown");
        }

        var connector = await directory.FindAsync(serial, cancellationToken);
        if (!connector.Found || !connector.Enabled || !ConnectorPsk.TryCreate(connector.Psk, out var psk))
        {
            return Rejected(request, "connector_unknown");
        }

        var live = await store.ReadFieldsAsync(serial, "online", RedisConnectorStateStore.ModulesField);
        if (live.GetValueOrDefault("online") != "1")
        {
            return Rejected(request, "connector_offline");
        }

        if (live.TryGetValue(RedisConnectorStateStore.ModulesField, out var modules)
            && !modules.Split(',').Contains("EnOcean", StringComparer.OrdinalIgnoreCase))
        {
            return Rejected(request, "no_enocean_module");
        }

        var down = signer.Sign(new DownClaims
        {
            Serial = ConnectorSerial.Parse(serial),
            Boot = identity.Boot,
            Sequence = identity.NextSequence(),
            IssuedAt = clock.GetUtcNow(),
            DownlinkId = request.DownlinkId,
            Data = Convert.ToHexString(esp3),
        }, psk);
        var acknowledgement = await pending.WaitAsync(
            request.DownlinkId,
            () => mqtt.PublishDownAsync(serial, down, cancellationToken),
            TimeSpan.FromSeconds(options.Value.DownlinkAckTimeoutSeconds),
            cancellationToken);

        return acknowledgement switch
        {
            null => new EnOceanDownlinkOutcome { DownlinkId = request.DownlinkId, Status = DownlinkStatus.TimedOut, Error = "ack_timeout" },
            { Ok: true } => new EnOceanDownlinkOutcome { DownlinkId = request.DownlinkId, Status = DownlinkStatus.Acknowledged },
            _ => new EnOceanDownlinkOutcome { DownlinkId = request.DownlinkId, Status = DownlinkStatus.Failed, Error = acknowledgement.Error ?? "connector reported failure" },
        };
    }

    private static EnOceanDownlinkOutcome Rejected(SendEnOceanDownlink request, string error) =>
        new() { DownlinkId = request.DownlinkId, Status = DownlinkStatus.Rejected, Error = error };
}
