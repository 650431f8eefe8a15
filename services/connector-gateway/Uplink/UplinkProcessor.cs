using Mobius.Micro.ConnectorGateway.Ingress;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorGateway.Telemetry;
using Polly;
using Polly.Retry;

namespace Mobius.Micro.ConnectorGateway.Uplink;

/// <summary>
/// Takes messages off the <see cref="InboundQueue"/> one at a time, in arrival order (a connector's
/// sequence numbers are checked in the order it sent them), and either relays or refuses each.
/// A dependency that cannot answer (object store, Redis) is retried with back-off while the message
/// waits, unacknowledged: it is not the connector's fault, so nothing is rejected for it.
/// </summary>
public sealed partial class UplinkProcessor(
    InboundQueue queue,
    UplinkVerifier verifier,
    TelegramRelay relay,
    RedisConnectorStateStore stateStore,
    GatewayMetrics metrics,
    RejectionLog rejectionLog,
    ILogger<UplinkProcessor> logger) : BackgroundService
{
    private readonly ResiliencePipeline _untilDependenciesAnswer = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(failure => failure is not OperationCanceledException),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(10),
            UseJitter = true,
        })
        .Build();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
        {
            var verdict = await _untilDependenciesAnswer.ExecuteAsync(
                async token => await verifier.VerifyAsync(message, token), stoppingToken);
            switch (verdict)
            {
                case UplinkVerdict.Accepted accepted:
                    await relay.RelayAsync(accepted.Telegram, message, stoppingToken);
                    break;
                case UplinkVerdict.Duplicate duplicate:
                    metrics.Duplicate();
                    LogDuplicate(duplicate.Serial);
                    await message.AcknowledgeAsync(stoppingToken);
                    break;
                case UplinkVerdict.Rejected rejected:
                    Count(rejected);
                    await message.AcknowledgeAsync(stoppingToken);
                    break;
            }
        }
    }

    private void Count(UplinkVerdict.Rejected rejected)
    {
        metrics.Rejected(rejected.Reason);
        rejectionLog.Rejected(rejected.Source, rejected.Reason, rejected.Detail);
        if (rejected.Serial is not null)
        {
            stateStore.CountRejection(rejected.Serial, rejected.Reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped a redelivered message from {Connector}")]
    private partial void LogDuplicate(string connector);
}
