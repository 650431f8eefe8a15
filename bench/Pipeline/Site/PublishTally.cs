using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Mqtt;

namespace Mobius.Micro.Bench.Pipeline.Site;

/// <summary>How many <c>up</c> publishes the broker acknowledged and how many failed.</summary>
public sealed class PublishTally : IPublishObserver
{
    private long _acknowledged;
    private long _failed;

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public long Failed => Interlocked.Read(ref _failed);

    public void Published(OutgoingMessage message, PublishOutcome outcome)
    {
        if (message.Role == MessageRole.Up)
        {
            Interlocked.Increment(ref outcome.Acknowledged ? ref _acknowledged : ref _failed);
        }
    }
}
