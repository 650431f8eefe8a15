using System.Collections.Concurrent;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ConnectorGateway.Downlink;

/// <summary>Downlinks this gateway sent and is waiting on, by downlink id; nothing waits forever.</summary>
public sealed class PendingDownlinks
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DownlinkAcknowledged>> _waiting = new(StringComparer.Ordinal);

    /// <summary>The connector's acknowledgement, or null when none arrived within <paramref name="timeout"/>.</summary>
    public async Task<DownlinkAcknowledged?> WaitAsync(string downlinkId, Func<Task> send, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var acknowledgement = new TaskCompletionSource<DownlinkAcknowledged>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[downlinkId] = acknowledgement;
        try
        {
            await send();
            return await acknowledgement.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _waiting.TryRemove(downlinkId, out _);
        }
    }

    /// <summary>Completes the downlink if this gateway is the one waiting for it.</summary>
    public void Complete(DownlinkAcknowledged acknowledgement)
    {
        if (_waiting.TryGetValue(acknowledgement.DownlinkId, out var waiting))
        {
            waiting.TrySetResult(acknowledgement);
        }
    }
}
