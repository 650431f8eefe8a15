namespace Mobius.Micro.Reliability.Tests;

/// <summary>Samples every service's resident memory once a second.</summary>
public sealed class ResidentMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, List<long>> _samples;
    private readonly Task _sampling;

    public ResidentMemory(IReadOnlyList<StackService> services)
    {
        _samples = services.ToDictionary(service => service.Name, _ => new List<long>());
        _sampling = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                foreach (var service in services.Where(service => service.IsRunning))
                {
                    lock (_samples)
                    {
                        _samples[service.Name].Add(service.Process.ResidentBytes);
                    }
                }

                await Task.Delay(1000).ConfigureAwait(false);
            }
        });
    }

    /// <summary>Per service: the first sample, the highest, the last, in MiB.</summary>
    public IReadOnlyDictionary<string, (double First, double Peak, double Last)> Summary()
    {
        lock (_samples)
        {
            return _samples.Where(entry => entry.Value.Count > 0).ToDictionary(
                entry => entry.Key,
                entry => (MiB(entry.Value[0]), MiB(entry.Value.Max()), MiB(entry.Value[^1])));
        }
    }

    /// <summary>Stops sampling; the summary stays readable.</summary>
    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        await _sampling;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private static double MiB(long bytes) => bytes / 1024.0 / 1024.0;
}
