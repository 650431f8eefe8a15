using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ObjectStore.Commands;

/// <summary>
/// Asks the connector gateway to send an EnOcean downlink and waits for its outcome
/// (<see cref="SendEnOceanDownlink"/> → <see cref="EnOceanDownlinkOutcome"/>). A singleton: the
/// request client comes from the bus itself, not from a scope.
/// </summary>
public sealed class DownlinkClient(IBus bus, IOptions<CommandOptions> options)
{
    private readonly IRequestClient<SendEnOceanDownlink> requests =
        bus.CreateRequestClient<SendEnOceanDownlink>(RequestTimeout.After(ms: (int)options.Value.DownlinkTimeout.TotalMilliseconds));

    public TimeSpan Timeout => options.Value.DownlinkTimeout;

    /// <summary>The gateway's outcome; throws <see cref="RequestTimeoutException"/> when it does not answer in time.</summary>
    public async Task<EnOceanDownlinkOutcome> SendAsync(SendEnOceanDownlink downlink, CancellationToken cancellationToken) =>
        (await requests.GetResponse<EnOceanDownlinkOutcome>(downlink, cancellationToken)).Message;
}
