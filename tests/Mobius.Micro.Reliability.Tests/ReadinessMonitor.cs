using System.Collections.Concurrent;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// Asks every service's <c>/health/ready</c> four times a second and keeps when each one went red
/// (an error status or no answer) and green again, so a test can tell that a fault was noticed and healed.
/// </summary>
public sealed class ReadinessMonitor : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, List<(DateTime At, bool Ready)>> _changes = new();
    private readonly ConcurrentDictionary<string, string> _lastAnswers = new();
    private readonly Task _polling;

    public ReadinessMonitor(IReadOnlyList<StackService> services) => _polling = Task.Run(() => PollAsync(services));

    /// <summary>Whether the service is ready now (as last asked).</summary>
    public bool IsReady(StackService service) => _changes.TryGetValue(service.Name, out var changes) && Last(changes) is { Ready: true };

    /// <summary>When the service went red at or after <paramref name="since"/>, if it did.</summary>
    public DateTime? WentRed(StackService service, DateTime since) => FirstChange(service, since, ready: false);

    /// <summary>When the service went green at or after <paramref name="since"/> and stayed so until now, if it did.</summary>
    public DateTime? WentGreen(StackService service, DateTime since) =>
        IsReady(service) ? FirstChange(service, since, ready: true) is not null ? LastChange(service) : null : null;

    public async Task<DateTime> WaitAsync(IEnumerable<StackService> services, Func<StackService, DateTime?> happened, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var times = services.Select(service => (service, At: happened(service))).ToList();
            if (times.All(time => time.At is not null))
            {
                return times.Max(time => time.At)!.Value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen within {timeout.TotalSeconds} s; "
                + string.Join("; ", times.Where(time => time.At is null).Select(time => $"{time.service.Name} answers {_lastAnswers.GetValueOrDefault(time.service.Name)}")));
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _polling;
        _http.Dispose();
        _stop.Dispose();
    }

    private DateTime? FirstChange(StackService service, DateTime since, bool ready)
    {
        if (!_changes.TryGetValue(service.Name, out var changes))
        {
            return null;
        }

        lock (changes)
        {
            return changes.Where(change => change.At >= since && change.Ready == ready).Select(change => (DateTime?)change.At).FirstOrDefault();
        }
    }

    private DateTime? LastChange(StackService service)
    {
        var changes = _changes[service.Name];
        lock (changes)
        {
            return changes[^1].At;
        }
    }

    private static (DateTime At, bool Ready)? Last(List<(DateTime At, bool Ready)> changes)
    {
        lock (changes)
        {
            return changes.Count == 0 ? null : changes[^1];
        }
    }

    private async Task PollAsync(IReadOnlyList<StackService> services)
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var service in services)
            {
                var (ready, answer) = await AskAsync(service);
                _lastAnswers[service.Name] = answer;
                var changes = _changes.GetOrAdd(service.Name, _ => []);
                lock (changes)
                {
                    if (changes.Count == 0 || changes[^1].Ready != ready)
                    {
                        changes.Add((DateTime.UtcNow, ready));
                    }
                }
            }

            try
            {
                await Task.Delay(250, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<(bool Ready, string Answer)> AskAsync(StackService service)
    {
        if (!service.IsRunning)
        {
            return (false, "nothing: not running");
        }

        try
        {
            using var response = await _http.GetAsync(new Uri(service.Process.BaseAddress, "/health/ready"), _stop.Token);
            return (response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(_stop.Token)}");
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return (false, failure.Message);
        }
    }
}
