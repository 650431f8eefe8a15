using Mobius.Micro.ConnectorGateway.Downlink;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorGateway.Status;
using Mobius.Micro.ConnectorGateway.Telemetry;
using Mobius.Micro.ConnectorGateway.Uplink;
using Mobius.Micro.ConnectorProtocol.Messages;
using Polly;

namespace Mobius.Micro.ConnectorGateway.Ingress;

/// <summary>
/// Takes messages off the <see cref="InboundQueue"/> one at a time, in arrival order (a connector's
/// sequence numbers are checked in the order it sent them), and refuses each or hands it to the
/// handler of its kind. A dependency that cannot answer (object store, Redis, bus) is retried with
/// back-off while the message waits, unacknowledged: it is not the connector's fault, so nothing is
/// rejected for it.
/// </summary>
public sealed partial class InboundProcessor(
    InboundQueue queue,
    ConnectorMessageGate gate,
    TelegramRelay relay,
    ConnectorLiveStatus liveStatus,
    AckHandler ackHandler,
    RedisConnectorStateStore stateStore,
    LiveStatusReporter liveStatusReporter,
    GatewayMetrics metrics,
    RejectionLog rejectionLog,
    ILogger<InboundProcessor> logger) : BackgroundService
{
    private readonly ResiliencePipeline _untilDependenciesAnswer = UntilStoppedRetry.Create((attempt, reason) => LogDependencyRetry(logger, attempt, reason));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
        {
            GateVerdict verdict;
            using (GatewayTracing.Verify(message.TraceContext))
            {
                verdict = await _untilDependenciesAnswer.ExecuteAsync(async token => await gate.VerifyAsync(message, token), stoppingToken);
            }

            switch (verdict)
            {
                case GateVerdict.Accepted { Message.Claims: UpClaims } accepted:
                    await relay.RelayAsync(accepted.Message, message, stoppingToken);
                    break;
                case GateVerdict.Accepted { Message.Claims: StatusClaims status } accepted:
                    await _untilDependenciesAnswer.ExecuteAsync(async token => await liveStatus.StatusReceivedAsync(accepted.Message, status, token), stoppingToken);
                    await message.AcknowledgeAsync(stoppingToken);
                    break;
                case GateVerdict.Accepted { Message.Claims: AckClaims ack } accepted:
                    await _untilDependenciesAnswer.ExecuteAsync(async token => await ackHandler.HandleAsync(accepted.Message, ack, token), stoppingToken);
                    await message.AcknowledgeAsync(stoppingToken);
                    break;
                case GateVerdict.Duplicate duplicate:
                    metrics.Duplicate();
                    LogDuplicate(logger, duplicate.Serial);
                    await message.AcknowledgeAsync(stoppingToken);
                    break;
                case GateVerdict.Rejected rejected:
                    Count(rejected);
                    await message.AcknowledgeAsync(stoppingToken);
                    break;
            }
        }
    }

    private void Count(GateVerdict.Rejected rejected)
    {
        metrics.Rejected(rejected.Reason);
        rejectionLog.Rejected(rejected.Source, rejected.Reason, rejected.Detail);
        if (rejected.Serial is not null)
        {
            stateStore.CountRejection(rejected.Serial, rejected.Reason);
            liveStatusReporter.CountersChanged(rejected.Serial);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped a redelivered message from {Connector}")]
    private static partial void LogDuplicate(ILogger logger, string connector);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A dependency did not answer (attempt {Attempt}); the message waits unacknowledged: {Reason}")]
    private static partial void LogDependencyRetry(ILogger logger, int attempt, string reason);
}
