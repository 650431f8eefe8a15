using System.Threading.Channels;
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
/// Publishes accepted telegrams to the bus in batches, one message per radio module
/// (<see cref="EnOceanTelegramsReceived"/>, <see cref="WorkOccTelegramsReceived"/>), so each decoder gets
/// only its own. A telegram goes out at once while fewer than <see cref="GatewayOptions.MaxBatchesInFlight"/>
/// batches await RabbitMQ's confirm; otherwise it joins the next batch (up to <see cref="GatewayOptions.MaxTelegramsPerBatch"/>),
/// so a quiet gateway adds no delay and a busy one pays one publish per batch and module. Only once
/// RabbitMQ has confirmed a batch do its connectors get their MQTT acknowledgements and live status
/// record them (one Redis commit per connector and batch).
/// At most <see cref="GatewayOptions.MaxPublishesInFlight"/> telegrams are unconfirmed; while RabbitMQ
/// is away publishes are retried, slots run out, and the gateway stops taking messages from the broker.
/// </summary>
public sealed partial class TelegramRelay(
    IBus bus,
    ConnectorLiveStatus liveStatus,
    GatewayMetrics metrics,
    IOptions<GatewayOptions> options,
    ILogger<TelegramRelay> logger) : BackgroundService
{
    private readonly GatewayOptions _options = options.Value;

    private readonly SemaphoreSlim _telegramSlots = new(options.Value.MaxPublishesInFlight);

    private readonly SemaphoreSlim _batchSlots = new(options.Value.MaxBatchesInFlight);

    private readonly Channel<PendingTelegram> _pending = Channel.CreateUnbounded<PendingTelegram>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ResiliencePipeline _untilConfirmed = UntilStoppedRetry.Create((attempt, reason) => LogPublishRetry(logger, attempt, reason));

    /// <summary>
    /// Waits for a free slot, then hands the telegram to the publisher. Its <c>publish</c> span starts
    /// here and ends with the confirm; the telegram carries it to the decoders as its parent.
    /// </summary>
    public async Task RelayAsync(AcceptedMessage accepted, InboundMessage message, CancellationToken stoppingToken)
    {
        await _telegramSlots.WaitAsync(stoppingToken);
        var publish = GatewayTracing.Publish(message.TraceContext, accepted.Serial, accepted.Telegram!.Value.Module);
        _pending.Writer.TryWrite(new PendingTelegram(accepted, message, publish));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _pending.Reader.WaitToReadAsync(stoppingToken))
            {
                // Telegrams that arrive while every batch slot is taken wait here and go out together.
                await _batchSlots.WaitAsync(stoppingToken);
                var batch = new List<PendingTelegram>();
                while (batch.Count < _options.MaxTelegramsPerBatch && _pending.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                _ = PublishThenAcknowledgeAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: telegrams not yet published stay unacknowledged; the broker delivers them again.
        }
    }

    private async Task PublishThenAcknowledgeAsync(List<PendingTelegram> batch, CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(batch.GroupBy(pending => pending.Accepted.Telegram!.Value.Module).Select(module =>
                _untilConfirmed.ExecuteAsync(token => new ValueTask(PublishAsync(module.Key, [.. module.Select(ToRawTelegram)], token)), stoppingToken).AsTask()));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the confirm: unacknowledged, the broker delivers them again to the next gateway.
            EndPublishSpans(batch);
            _batchSlots.Release();
            _telegramSlots.Release(batch.Count);
            return;
        }

        EndPublishSpans(batch);
        _batchSlots.Release();
        try
        {
            await Task.WhenAll(batch.GroupBy(pending => pending.Accepted.Serial).Select(connector => AcknowledgeAsync([.. connector], stoppingToken)));
        }
        finally
        {
            _telegramSlots.Release(batch.Count);
        }
    }

    /// <summary>One module's telegrams of a batch, to that module's decoders; confirmed by RabbitMQ when this returns.</summary>
    private Task PublishAsync(string module, RawTelegramReceived[] telegrams, CancellationToken cancellationToken) => module switch
    {
        RadioModules.EnOcean => bus.Publish<EnOceanTelegramsReceived>(new() { Telegrams = telegrams }, MustReachAQueue, cancellationToken),
        RadioModules.WorkOcc => bus.Publish<WorkOccTelegramsReceived>(new() { Telegrams = telegrams }, MustReachAQueue, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, "No decoder takes this radio module"),
    };

    /// <summary>Acknowledges one connector's telegrams of a batch, then records them in its live status at once.</summary>
    private async Task AcknowledgeAsync(IReadOnlyList<PendingTelegram> connector, CancellationToken stoppingToken)
    {
        try
        {
            foreach (var pending in connector)
            {
                metrics.Accepted(pending.Accepted.Telegram!.Value.Module);
                await pending.Message.AcknowledgeAsync(stoppingToken);
            }

            await liveStatus.TelegramsRelayedAsync([.. connector.Select(pending => pending.Accepted)], stoppingToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogBookkeepingFailed(logger, connector[0].Accepted.Serial, failure);
        }
        catch (OperationCanceledException)
        {
            // Shutting down after the confirm: the telegrams are on the bus; at worst the broker delivers some once more.
        }
    }

    private static void EndPublishSpans(List<PendingTelegram> batch)
    {
        foreach (var pending in batch)
        {
            pending.Publish?.Dispose();
        }
    }

    private static RawTelegramReceived ToRawTelegram(PendingTelegram pending)
    {
        var accepted = pending.Accepted;
        var telegram = accepted.Telegram!.Value;
        return new RawTelegramReceived
        {
            ConnectorSerial = accepted.Serial,
            ConnectorUri = accepted.ConnectorUri,
            Module = telegram.Module,
            Data = telegram.Data,
            Rssi = accepted.Claims is UpClaims up ? up.Rssi : null,
            ReceivedAt = accepted.ReceivedAt,
            Boot = accepted.Claims.Boot,
            Seq = accepted.Claims.Sequence,
            TraceParent = pending.Publish?.Id,
        };
    }

    /// <summary>
    /// A confirm alone does not mean a queue has the telegrams: RabbitMQ also confirms what it could not
    /// route (no decoder queue bound yet, or queues already stopped while the broker shuts down).
    /// Mandatory publishing turns that into a returned message, which fails the publish and is retried.
    /// </summary>
    private static void MustReachAQueue(PublishContext context)
    {
        if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
        {
            rabbit.Mandatory = true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing raw telegrams failed (attempt {Attempt}), retrying: {Reason}")]
    private static partial void LogPublishRetry(ILogger logger, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegrams from {Connector} are on the bus, but acknowledging them or recording their live status failed")]
    private static partial void LogBookkeepingFailed(ILogger logger, string connector, Exception failure);
}
