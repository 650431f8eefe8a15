using Microsoft.Extensions.Options;

namespace Mobius.Micro.ConnectorGateway.LiveStatus;

/// <summary>
/// Names of the gateway's Redis keys, all under <see cref="GatewayOptions.RedisKeyPrefix"/>:
/// <c>connector:{serial}</c> (a hash per connector), <c>connectors:online</c> (sorted set of online
/// serials scored by last-seen Unix milliseconds) and <c>connector-uri:{uri}</c> (the serial behind an object URI).
/// </summary>
public sealed class ConnectorStateKeys(IOptions<GatewayOptions> options)
{
    private readonly string _prefix = options.Value.RedisKeyPrefix;

    public string Connector(string serial) => $"{_prefix}connector:{serial}";

    public string Online => $"{_prefix}connectors:online";

    public string SerialByUri(string connectorUri) => $"{_prefix}connector-uri:{connectorUri}";
}
