namespace Mobius.Micro.ConnectorGateway.Downlink;

/// <summary>
/// The <c>boot</c> and <c>seq</c> claims of the <c>down</c> messages this gateway process signs:
/// a random boot id per start and a counter from 1, as the protocol asks of every sender.
/// </summary>
public sealed class GatewaySigningIdentity
{
    private long _sequence;

    public string Boot { get; } = Guid.NewGuid().ToString("N")[..16];

    public long NextSequence() => Interlocked.Increment(ref _sequence);
}
