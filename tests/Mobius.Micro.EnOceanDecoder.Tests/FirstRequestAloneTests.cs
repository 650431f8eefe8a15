using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.EnOceanDecoder.Tests;

/// <summary>
/// The gate in front of the registration lookups (shared with the WorkOcc decoder and the gateway):
/// while the first request is being handed over (MassTransit may block its thread until the bus's
/// endpoint has started), the others wait without a thread; after it, requests go out together.
/// </summary>
public sealed class FirstRequestAloneTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FirstRequestAlone _gate = new();

    [Fact]
    public async Task Requests_wait_while_the_first_is_being_handed_over()
    {
        var (first, endpointStarted) = BlockedWhileHandedOver("first");

        var secondSent = 0;
        var second = _gate.SendAsync(() => { Interlocked.Increment(ref secondSent); return Task.FromResult("second"); }, CancellationToken.None);
        await Task.Delay(200);
        Assert.Equal(0, Volatile.Read(ref secondSent));
        Assert.False(second.IsCompleted);

        endpointStarted.Set();
        Assert.Equal("first", await first.WaitAsync(Patience));
        Assert.Equal("second", await second.WaitAsync(Patience));
        Assert.Equal(1, secondSent);
    }

    [Fact]
    public async Task Once_one_request_is_on_its_way_the_others_go_out_together()
    {
        var answers = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource<int>()).ToArray();
        var sent = 0;

        var requests = answers.Select(answer => _gate.SendAsync(() => { Interlocked.Increment(ref sent); return answer.Task; }, CancellationToken.None)).ToArray();

        Assert.Equal(3, sent);
        Assert.All(requests, request => Assert.False(request.IsCompleted));
        for (var index = 0; index < answers.Length; index++)
        {
            answers[index].SetResult(index);
        }

        var results = await Task.WhenAll(requests).WaitAsync(Patience);
        Assert.Equal(new[] { 0, 1, 2 }, results);
    }

    [Fact]
    public async Task A_first_request_that_could_not_be_sent_lets_the_next_one_try_alone()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _gate.SendAsync<string>(() => throw new InvalidOperationException("no bus"), CancellationToken.None));

        var (retried, endpointStarted) = BlockedWhileHandedOver("retried");
        var waiting = _gate.SendAsync(() => Task.FromResult("after"), CancellationToken.None);
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);

        endpointStarted.Set();
        Assert.Equal("retried", await retried.WaitAsync(Patience));
        Assert.Equal("after", await waiting.WaitAsync(Patience));
    }

    [Fact]
    public async Task A_request_waiting_for_the_first_can_be_cancelled()
    {
        var (first, endpointStarted) = BlockedWhileHandedOver("first");
        using var cancel = new CancellationTokenSource();

        var waiting = _gate.SendAsync(() => Task.FromResult("never"), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        endpointStarted.Set();
        Assert.Equal("first", await first.WaitAsync(Patience));
    }

    /// <summary>
    /// A request sent the way MassTransit hands one over before the bus's endpoint has started: its
    /// thread blocks until <c>EndpointStarted</c> is set. Returns once it blocks.
    /// </summary>
    private (Task<string> Request, ManualResetEventSlim EndpointStarted) BlockedWhileHandedOver(string answer)
    {
        var handingOver = new ManualResetEventSlim();
        var endpointStarted = new ManualResetEventSlim();
        var request = Task.Run(() => _gate.SendAsync(
            () =>
            {
                handingOver.Set();
                endpointStarted.Wait(Patience);
                return Task.FromResult(answer);
            },
            CancellationToken.None));
        Assert.True(handingOver.Wait(Patience));
        return (request, endpointStarted);
    }
}
