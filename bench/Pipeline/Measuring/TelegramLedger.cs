using System.Diagnostics;
using Mobius.Micro.Bench.Pipeline.Telegrams;

namespace Mobius.Micro.Bench.Pipeline.Measuring;

/// <summary>
/// When each telegram was handed to its connector and whether it was seen at the far end yet: the
/// latency of the first sighting goes to the current <see cref="StageRecorder"/>, a second sighting
/// counts as a duplicate. Thread-safe.
/// </summary>
public sealed class TelegramLedger(SequencedTelegrams telegrams)
{
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly Lock _lock = new();
    private readonly List<long[]> _sentAt = [];
    private readonly List<bool[]> _seen = [];
    private readonly long[] _lowestOutstanding = InitialOutstanding(telegrams.Devices);
    private StageRecorder? _stage;

    public void Sent(long index)
    {
        var timestamp = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            while (_sentAt.Count <= index >> ChunkBits)
            {
                _sentAt.Add(new long[ChunkSize]);
                _seen.Add(new bool[ChunkSize]);
            }

            _sentAt[(int)(index >> ChunkBits)][index & (ChunkSize - 1)] = timestamp;
        }
    }

    /// <summary>Measures from now on into <paramref name="stage"/>; telegrams handed out before it count as stragglers.</summary>
    public void Measure(StageRecorder stage)
    {
        lock (_lock)
        {
            _stage = stage;
        }
    }

    /// <summary>A telegram of <paramref name="device"/> with <paramref name="raw"/> arrived.</summary>
    public void Seen(int device, int raw)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            if ((uint)device >= (uint)_lowestOutstanding.Length)
            {
                _stage?.Foreign();
                return;
            }

            var index = telegrams.IndexOf(device, raw, _lowestOutstanding[device]);
            if (index >> ChunkBits >= _sentAt.Count || SentAt(index) == 0)
            {
                // Already past everything outstanding: the newest telegram seen again.
                _stage?.Duplicate();
                return;
            }

            ref var seen = ref _seen[(int)(index >> ChunkBits)][index & (ChunkSize - 1)];
            if (seen)
            {
                _stage?.Duplicate();
                return;
            }

            seen = true;
            while (IsSeen(_lowestOutstanding[device]))
            {
                _lowestOutstanding[device] += telegrams.Devices;
            }

            _stage?.Arrived(index, Stopwatch.GetElapsedTime(SentAt(index), now));
        }
    }

    /// <summary>Telegrams from <paramref name="first"/> up to (not including) <paramref name="end"/> not seen yet.</summary>
    public long Unseen(long first, long end)
    {
        lock (_lock)
        {
            long unseen = 0;
            for (var index = first; index < end; index++)
            {
                unseen += IsSeen(index) ? 0 : 1;
            }

            return unseen;
        }
    }

    private long SentAt(long index) => _sentAt[(int)(index >> ChunkBits)][index & (ChunkSize - 1)];

    private bool IsSeen(long index) => index >> ChunkBits < _seen.Count && _seen[(int)(index >> ChunkBits)][index & (ChunkSize - 1)];

    private static long[] InitialOutstanding(int devices) => [.. Enumerable.Range(0, devices).Select(device => (long)device)];
}
