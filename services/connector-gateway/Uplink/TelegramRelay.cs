using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.Ingress;
using Mobius.Micro.ConnectorGateway.Status;
using Mobius.Micro.ConnectorGateway.Telemetry;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.Contracts;
using Polly;

namespace Mobius.Micro.ConnectorGateway.Uplink;

/// <summary>
/// Publishes accepted telegrams to the bus with many confirms outstanding at once (bounded by
/// <see cref="GatewayOptions.MaxPublishesInFlight"/>). Only once RabbitMQ has confirmed a telegram
/// does the connector get its MQTT acknowledgement and live status record it; while RabbitMQ is
/// away publishes are retried, slots run out, and the gateway stops taking messages from the broker.
/// </summary>
public sealed partial class TelegramRelay(
    IBus bus,
    ConnectorLiveStatus liveStatus,
    GatewayMetrics metrics,
    IOptions<GatewayOptions> options,
    ILogger<TelegramRelay> logger)
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxPublishesInFlight);

    private readonly ResiliencePipeline _untilConfirmed = UntilStoppedRetry.Create((attempt, reason) => LogPublishRetry(logger, attempt, reason));

    /// <summary>Waits for a free slot, then lets the publish complete in the background.</summary>
    public async Task RelayAsync(AcceptedMessage accepted, InboundMessage message, CancellationToken stoppingToken)
    {
        await _slots.WaitAsync(stoppingToken);
        _ = PublishThenAcknowledgeAsync(accepted, message, stoppingToken);
    }

    private async Task PublishThenAcknowledgeAsync(AcceptedMessage accepted, InboundMessage message, CancellationToken stoppingToken)
    {
        var telegram = accepted.Telegram!.Value;
        try
        {
            var raw = new RawTelegramReceived
            {
                ConnectorSerial = accepted.Serial,
                ConnectorUri = accepted.ConnectorUri,
                Module = telegram.Module,
                Data = telegram.Data,
                Rssi = accepted.Claims is UpClaims up ? up.Rssi : null,
                ReceivedAt = accepted.ReceivedAt,
                Boot = accepted.Claims.Boot,
                Seq = accepted.Claims.Sequence,
            };
            using (GatewayTracing.Publish(message.TraceContext, accepted.Serial, telegram.Module))
            {
                await _untilConfirmed.ExecuteAsync(async token => await bus.Publish(raw, MustReachAQueue, token), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the confirm: unacknowledged, the broker delivers it again to the next gateway.
            _slots.Release();
            return;
        }

        try
        {
            metrics.Accepted(telegram.Module);
            await message.AcknowledgeAsync(stoppingToken);
            await liveStatus.TelegramRelayedAsync(accepted, telegram, stoppingToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogBookkeepingFailed(logger, accepted.Serial, failure);
        }
        catch (OperationCanceledException)
        {
            // Shutting down after the confirm: the telegram is on the bus; at worst the broker delivers it once more.
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>
    /// A confirm alone does not mean a queue has the telegram: RabbitMQ also confirms what it could not
    /// route (no decoder queue bound yet, or queues already stopped while the broker shuts down).
    /// Mandatory publishing turns that into a returned message, which fails the publish and is retried.
    /// </summary>
    private static void MustReachAQueue(PublishContext<RawTelegramReceived> context)
    {
        if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
        {
            rabbit.Mandatory = true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing a raw telegram failed (attempt {Attempt}), retrying: {Reason}")]
    private static partial void LogPublishRetry(ILogger logger, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A telegram from {Connector} is on the bus, but acknowledging it or recording its live status failed")]
    private static partial void LogBookkeepingFailed(ILogger logger, string connector, Exception failure);
}
