namespace Mobius.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Sends requests one at a time until the first has been handed over, then all at once.
/// <para>
/// MassTransit connects each request's answer to the bus's own endpoint, and until that endpoint has
/// started it blocks the calling thread; the endpoint's start then completes on the thread pool. A
/// decoder that takes its first 64 batches at once blocked as many pool threads, starved the
/// start it waited for, and decoded nothing for 10-20 s (Redis and health checks timed out meanwhile).
/// Alone, the first request blocks one thread for as long as the endpoint takes to start.
/// </para>
/// </summary>
public sealed class FirstRequestAlone
{
    private readonly SemaphoreSlim _alone = new(1, 1);
    private volatile bool _handedOver;

    /// <summary>Calls <paramref name="send"/> (which returns once its request is on its way) alone while no request has been.</summary>
    public async Task<TResult> SendAsync<TResult>(Func<Task<TResult>> send, CancellationToken cancellationToken)
    {
        if (_handedOver)
        {
            return await send();
        }

        Task<TResult> pending;
        await _alone.WaitAsync(cancellationToken);
        try
        {
            pending = send();
            _handedOver = true;
        }
        finally
        {
            _alone.Release();
        }

        return await pending;
    }
}
