using Mobius.Micro.Cli.Simulate.Connectors;

namespace Mobius.Micro.Cli.Simulate.Mqtt;

/// <summary>Told about every publish once it is acknowledged or has failed, from any thread.</summary>
public interface IPublishObserver
{
    void Published(OutgoingMessage message, PublishOutcome outcome);
}
