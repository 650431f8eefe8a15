using System.Globalization;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.EnOceanDecoder.Telegrams;
using Mobius.Micro.ServiceDefaults.Telemetry;
using StackExchange.Redis;

namespace Mobius.Micro.EnOceanDecoder.Dedup;

/// <summary>
/// One reading per telegram however many connectors hear it, shared by every decoder replica in
/// Redis, in one round trip per copy so the first copy is published at once:
/// <list type="bullet">
/// <item><c>{prefix}enocean:{SENDER}:telegram:{radio data hex}</c>, a hash that lives for the
/// window: <c>first</c> (the first copy: its connector URI, boot and sequence number),
/// <c>heard:{connector URI}</c> (dBm of each copy), <c>best</c> and <c>bestConnector</c>.</item>
/// <item><c>{prefix}enocean:{SENDER}:connector</c>, a hash the gateway may read for downlinks:
/// <c>connectorUri</c> and <c>dBm</c> of the best copy of the sender's latest telegram, and
/// <c>heardAt</c>; it expires <see cref="EnOceanDecoderOptions.BestConnectorSeconds"/> after the
/// last telegram.</item>
/// </list>
/// The sender id in braces is a Redis cluster hash tag: both keys live in one slot.
/// The first copy delivered again (its handling failed half-way and the bus redelivers it) is the
/// first copy still, not a duplicate: it is decoded again, and the writes downstream are idempotent.
/// </summary>
public sealed partial class TelegramDeduplicator(
    IConnectionMultiplexer redis,
    IOptions<EnOceanDecoderOptions> options,
    TimeProvider clock,
    EnOceanDecoderMetrics metrics,
    ILogger<TelegramDeduplicator> logger)
{
    /// <summary>A copy without any signal strength counts as the weakest.</summary>
    public const int UnknownDbm = -255;

    private static readonly LuaScript RecordScript = LuaScript.Prepare("""
        local first = redis.call('HSETNX', @telegram, 'first', @copy)
        if first == 1 then
          redis.call('PEXPIRE', @telegram, @windowMs)
        elseif redis.call('HGET', @telegram, 'first') == @copy then
          first = 1
        end
        redis.call('HSET', @telegram, 'heard:' .. @connector, @dbm)
        local best = redis.call('HGET', @telegram, 'best')
        if best == false or tonumber(@dbm) > tonumber(best) then
          redis.call('HSET', @telegram, 'best', @dbm, 'bestConnector', @connector)
          redis.call('HSET', @sender, 'connectorUri', @connector, 'dBm', @dbm, 'heardAt', @heardAt)
          redis.call('EXPIRE', @sender, @senderSeconds)
        end
        return first
        """);

    private readonly EnOceanDecoderOptions _options = options.Value;
    private readonly LogThrottle _throttle = new(clock, TimeSpan.FromMinutes(1));

    public bool IsEnabled => _options.DedupWindowMilliseconds > 0;

    /// <summary>Records the copy <paramref name="raw"/> carried; first, duplicate, or unchecked when Redis is away.</summary>
    public async Task<DedupVerdict> RecordAsync(ReceivedRadioTelegram received, RawTelegramReceived raw, int? dbm)
    {
        if (!IsEnabled)
        {
            return DedupVerdict.First;
        }

        try
        {
            var first = (int)await redis.GetDatabase().ScriptEvaluateAsync(RecordScript, new
            {
                telegram = (RedisKey)TelegramKey(received),
                sender = (RedisKey)SenderKey(received.Telegram.SenderId),
                connector = raw.ConnectorUri,
                copy = $"{raw.ConnectorUri} {raw.Boot} {raw.Seq}",
                dbm = dbm ?? UnknownDbm,
                windowMs = _options.DedupWindowMilliseconds,
                heardAt = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                senderSeconds = _options.BestConnectorSeconds,
            });
            return first == 1 ? DedupVerdict.First : DedupVerdict.Duplicate;
        }
        catch (Exception failure) when (failure is RedisException or TimeoutException)
        {
            metrics.DedupUnavailable();
            if (_throttle.ShouldLog("redis"))
            {
                LogUnavailable(logger, failure.Message);
            }
            return DedupVerdict.Unchecked;
        }
    }

    private string SenderKey(string senderId) => $"{_options.RedisKeyPrefix}enocean:{{{senderId}}}:connector";

    private string TelegramKey(ReceivedRadioTelegram received) =>
        $"{_options.RedisKeyPrefix}enocean:{{{received.Telegram.SenderId}}}:telegram:{Convert.ToHexString(received.Identity)}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "De-duplication skipped, Redis did not answer: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
