using System.Collections.Concurrent;
using System.Diagnostics;
using Mobius.Micro.Cli.Simulate.Scheduling;

namespace Mobius.Micro.Cli.Simulate.Tests.Scheduling;

public sealed class SimulationSchedulerTests
{
    [Fact]
    public async Task It_hands_out_exactly_the_offered_messages_in_turn_and_none_before_it_is_due()
    {
        var queues = Enumerable.Range(0, 3).Select(_ => new RecordingQueue()).ToArray();
        var scheduler = new SimulationScheduler(new RateSchedule(1000, TimeSpan.FromSeconds(1)), TimeSpan.FromMilliseconds(300), TimeProvider.System);

        var clock = Stopwatch.StartNew();
        var handedOut = await scheduler.RunAsync(queues, CancellationToken.None);

        Assert.Equal(1000, handedOut);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1));
        Assert.Equal([334, 333, 333], queues.Select(queue => queue.Ups.Count));
        for (var connector = 0; connector < queues.Length; connector++)
        {
            var ups = queues[connector].Ups;
            for (var turn = 0; turn < ups.Count; turn++)
            {
                var message = (turn * queues.Length) + connector + 1;
                Assert.True(ups[turn] >= TimeSpan.FromMilliseconds(message), $"message {message} handed out at {ups[turn].TotalMilliseconds} ms");
            }
        }

        // Due at 0.3, 0.6 and 0.9 s, and one more for every 0.3 s a busy machine ends the run late.
        Assert.All(queues, queue => Assert.InRange(queue.Heartbeats, 3, (int)(clock.Elapsed.TotalSeconds / 0.3)));
    }

    [Fact]
    public async Task Stopping_early_ends_the_run_with_what_was_handed_out()
    {
        var queue = new RecordingQueue();
        var scheduler = new SimulationScheduler(new RateSchedule(100, TimeSpan.FromSeconds(60)), TimeSpan.FromSeconds(60), TimeProvider.System);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var clock = Stopwatch.StartNew();
        var handedOut = await scheduler.RunAsync([queue], stop.Token);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {clock.Elapsed}");
        Assert.InRange(handedOut, 0, (long)(clock.Elapsed.TotalSeconds * 100));
        Assert.Equal(handedOut, queue.Ups.Count);
    }

    private sealed class RecordingQueue : IConnectorQueue
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly ConcurrentQueue<TimeSpan> _ups = new();
        private int _heartbeats;

        /// <summary>When each <c>up</c> was handed out, counted from before the scheduler started.</summary>
        public IReadOnlyList<TimeSpan> Ups => [.. _ups];

        public int Heartbeats => _heartbeats;

        public ValueTask RequestAsync(OutboundRequest request, CancellationToken cancellationToken)
        {
            if (request == OutboundRequest.Up)
            {
                _ups.Enqueue(_clock.Elapsed);
            }
            else
            {
                Interlocked.Increment(ref _heartbeats);
            }

            return ValueTask.CompletedTask;
        }
    }
}
