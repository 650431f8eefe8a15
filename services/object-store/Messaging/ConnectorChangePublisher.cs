using System.Threading.Channels;
using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Profiles;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// Publishes <see cref="ConnectorChanged"/> after a connector object was created, moved, deleted or
/// had its serial, PSK or enabled flag changed, so the gateway applies it at once (its registration
/// cache, the broker account). In the background, never slowing or failing the write: a publish that
/// fails is retried until the process stops; what is lost then, the gateway's reconciliation repairs.
/// </summary>
public sealed partial class ConnectorChangePublisher(IBus bus, ProfileCatalog profiles, ILogger<ConnectorChangePublisher> logger) : BackgroundService
{
    private static readonly HashSet<string> CredentialResources = [ConnectorProfile.SerialNumber, ConnectorProfile.Psk, ConnectorProfile.Enabled];
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly Channel<ConnectorChanged> _pending = Channel.CreateUnbounded<ConnectorChanged>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>A new or moved object: announced when it is a connector.</summary>
    public void Written(ObjectInstance instance) => Announce(instance);

    /// <summary>Resources <paramref name="rids"/> of <paramref name="instance"/> changed: announced when it is a connector and one of them is a credential.</summary>
    public void Written(ObjectInstance instance, IEnumerable<string> rids)
    {
        if (rids.Any(CredentialResources.Contains))
        {
            Announce(instance);
        }
    }

    /// <summary>The object is gone (deleted, or its serial replaced): announced when it was a connector.</summary>
    public void Removed(ObjectInstance previous) => Announce(previous);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            while (true)
            {
                try
                {
                    await bus.Publish(change, stoppingToken);
                    break;
                }
                catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
                {
                    LogPublishFailed(change.Serial, failure.Message);
                    await Task.Delay(RetryDelay, stoppingToken);
                }
            }
        }
    }

    private void Announce(ObjectInstance instance)
    {
        if (instance.Uri.Sid == profiles.Services.Connectors && instance.Profile.Pid == ConnectorProfile.Pid
            && instance.PresentValueOf(ConnectorProfile.SerialNumber) is StringValue { Value.Length: > 0 } serial)
        {
            _pending.Writer.TryWrite(new ConnectorChanged { Hid = instance.Uri.Hid, Serial = serial.Value });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce the change of connector {Serial}, retrying: {Reason}")]
    private partial void LogPublishFailed(string serial, string reason);
}
