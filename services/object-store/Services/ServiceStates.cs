using Microsoft.Extensions.Options;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Services;

/// <summary>
/// Which services of this hub are stopped, as the hot paths ask it (reports, provisioning, the
/// gateway's and decoder's lookups): kept in memory, changed at once by this replica's start/stop
/// and re-read from the database every <see cref="RefreshInterval"/> for the other replicas' changes.
/// </summary>
public sealed partial class ServiceStates(ServiceRepository services, IOptions<HubOptions> hub, ILogger<ServiceStates> logger) : BackgroundService
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private volatile HashSet<string> stopped = new(StringComparer.Ordinal);

    public bool IsStopped(string sid) => stopped.Contains(sid);

    /// <summary>Takes a state change of this replica into account at once.</summary>
    public void Set(string sid, bool isStopped)
    {
        var updated = new HashSet<string>(stopped, StringComparer.Ordinal);
        if (isStopped)
        {
            updated.Add(sid);
        }
        else
        {
            updated.Remove(sid);
        }

        stopped = updated;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        do
        {
            try
            {
                stopped = await services.StoppedAsync(hub.Value.HubId, stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogRefreshFailed(failure.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-read which services are stopped: {Reason}")]
    private partial void LogRefreshFailed(string reason);
}
