namespace Mobius.Micro.Bench.Pipeline.Measuring;

/// <summary>
/// Watches the processes of a stage: CPU time spent between <see cref="Start"/> and
/// <see cref="Stop"/>, the highest resident memory seen in between (sampled every
/// <see cref="SampleInterval"/>), and every sample for a soak's trend.
/// </summary>
public sealed class ProcessMonitor(IReadOnlyList<MeasuredProcess> processes, TimeSpan sampleInterval) : IAsyncDisposable
{
    private readonly Dictionary<string, IReadOnlyDictionary<int, ProcessReading>> _first = [];
    private readonly Dictionary<string, long> _highestRss = [];
    private readonly List<ProcessSample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private DateTimeOffset _startedAt;
    private Task _sampling = Task.CompletedTask;

    public TimeSpan SampleInterval => sampleInterval;

    public IReadOnlyList<ProcessSample> Samples => _samples;

    public void Start()
    {
        _startedAt = DateTimeOffset.UtcNow;
        foreach (var process in processes)
        {
            _first[process.Name] = process.Read();
        }

        Sample();
        _sampling = SampleUntilStoppedAsync();
    }

    /// <summary>Stops sampling; answers each process's usage over the run.</summary>
    public async Task<IReadOnlyList<ProcessUsage>> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Sample();
        return
        [
            .. processes.Select(process =>
            {
                var last = process.Read();
                var total = MeasuredProcess.Total(last);
                return new ProcessUsage(
                    process.Name, process.IsShared, MeasuredProcess.CpuBetween(_first[process.Name], last), _highestRss[process.Name], total.PeakRssBytes, total.Handles);
            }),
        ];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleUntilStoppedAsync()
    {
        using var timer = new PeriodicTimer(sampleInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void Sample()
    {
        var elapsed = DateTimeOffset.UtcNow - _startedAt;
        lock (_samples)
        {
            foreach (var process in processes)
            {
                var reading = MeasuredProcess.Total(process.Read());
                _highestRss[process.Name] = Math.Max(_highestRss.GetValueOrDefault(process.Name), reading.RssBytes);
                _samples.Add(new ProcessSample(process.Name, elapsed, reading.RssBytes, reading.Handles));
            }
        }
    }
}

/// <summary>One process's resident memory and open handles at a moment of the run.</summary>
public readonly record struct ProcessSample(string Process, TimeSpan Elapsed, long RssBytes, int Handles);

/// <summary>A process's usage over a stage: CPU time, the highest resident memory sampled, its VmHWM, its handles at the end.</summary>
public sealed record ProcessUsage(string Process, bool IsShared, TimeSpan Cpu, long HighestRssBytes, long PeakRssBytes, int Handles);
