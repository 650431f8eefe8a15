using System.Diagnostics;
using MassTransit;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.Bench.ObjectStore;

/// <summary>
/// Publishes <c>ObjectValuesReported</c> messages as fast as the bus takes them (many in flight,
/// publisher confirms) and measures how fast the object store drains its queue into PostgreSQL:
/// from the first publish until the queue is empty.
/// </summary>
public sealed class WriteBenchmark(IBus bus, QueueDepth queue, DeviceFleet fleet)
{
    private const int PublishesInFlight = 512;

    private long sequence;

    public async Task<WriteResult> RunAsync(int messages)
    {
        var clock = Stopwatch.StartNew();
        var backlog = 0u;
        var publishing = PublishAllAsync(messages);
        while (!publishing.IsCompleted)
        {
            backlog = Math.Max(backlog, await queue.ReadyAsync());
            await Task.WhenAny(publishing, Task.Delay(100));
        }

        await publishing;
        var published = clock.Elapsed;
        while (await queue.ReadyAsync() is var ready and > 0)
        {
            backlog = Math.Max(backlog, ready);
            await Task.Delay(20);
        }

        return new WriteResult(messages, messages * BenchOptions.ValuesPerMessage, published, clock.Elapsed, backlog);
    }

    private async Task PublishAllAsync(int messages)
    {
        using var window = new SemaphoreSlim(PublishesInFlight);
        var pending = new List<Task>(messages);
        for (var index = 0; index < messages; index++)
        {
            await window.WaitAsync();
            pending.Add(PublishOneAsync(window));
        }

        await Task.WhenAll(pending);
    }

    private async Task PublishOneAsync(SemaphoreSlim window)
    {
        try
        {
            await bus.Publish(NextReport());
        }
        finally
        {
            window.Release();
        }
    }

    /// <summary>The next report, round-robin over the fleet, each one observed 1 ms after the one before.</summary>
    private ObjectValuesReported NextReport()
    {
        var number = Interlocked.Increment(ref sequence);
        var uris = fleet.ObjectUris;
        return new ObjectValuesReported
        {
            ObjectUri = uris[(int)(number % uris.Count)],
            ObservedAt = DateTimeOffset.UnixEpoch.AddYears(55).AddMilliseconds(number),
            Values =
            [
                ReportedValue.Of("0C", 0),
                ReportedValue.Of("0D", -40 - (number % 50)),
                ReportedValue.Of("0E", false),
                ReportedValue.Of("40", number % 100),
                ReportedValue.Of("41", (number % 400) / 10.0),
                ReportedValue.Of("42", true),
            ],
        };
    }
}

/// <summary>One run: how many messages and values, how long publishing and draining took, the largest backlog seen.</summary>
public sealed record WriteResult(int Messages, int Values, TimeSpan PublishTime, TimeSpan TotalTime, uint LargestBacklog)
{
    public double ValuesPerSecond => Values / TotalTime.TotalSeconds;

    public double MessagesPerSecond => Messages / TotalTime.TotalSeconds;

    public double PublishedPerSecond => Messages / PublishTime.TotalSeconds;
}
