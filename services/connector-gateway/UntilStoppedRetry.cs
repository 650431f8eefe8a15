using Polly;
using Polly.Retry;

namespace Mobius.Micro.ConnectorGateway;

/// <summary>
/// Retries every failure (timeouts of the bus or Redis included) with exponential back-off up to
/// 10 s, for as long as it takes: only the gateway stopping ends it. For work on a message that must
/// not be given up, because giving up would lose the message.
/// </summary>
public static class UntilStoppedRetry
{
    public static ResiliencePipeline Create(Action<int, string> onRetry) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(10),
            UseJitter = true,
            OnRetry = retry =>
            {
                onRetry(retry.AttemptNumber, retry.Outcome.Exception?.Message ?? "");
                return ValueTask.CompletedTask;
            },
        })
        .Build();
}
