using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Mobius.Micro.WorkOccDecoder.State;

/// <summary>
/// The decoder's Redis keys, all under <see cref="WorkOccDecoderOptions.RedisKeyPrefix"/>:
/// <list type="table">
/// <item><term><c>{prefix}workocc:sensor:{UID}</c></term><description>hash: <c>version</c> (counter for compare-and-set) and <c>state</c> (JSON of the sensor's state); expires after the retention without a frame.</description></item>
/// <item><term><c>{prefix}workocc:sensors</c></term><description>set of the UIDs with state, walked by the sweep.</description></item>
/// <item><term><c>{prefix}workocc:announced:{UID}:{kind}</c></term><description>present while an unknown sensor's announcement as that kind (or <c>unknown</c>) is fresh; expires after the discovery interval.</description></item>
/// <item><term><c>{prefix}workocc:sweep-lock</c></term><description>held by the replica that sweeps this interval.</description></item>
/// </list>
/// </summary>
public sealed class SensorStateKeys(IOptions<WorkOccDecoderOptions> options)
{
    private readonly string _prefix = options.Value.RedisKeyPrefix + "workocc:";

    public RedisKey Sensor(string uid) => $"{_prefix}sensor:{uid}";

    public RedisKey Sensors => $"{_prefix}sensors";

    public RedisKey Announced(string uid, string kind) => $"{_prefix}announced:{uid}:{kind}";

    public RedisKey SweepLock => $"{_prefix}sweep-lock";
}
