using System.Globalization;
using Microsoft.Extensions.Options;
using Mobius.Micro.EnOceanDecoder.Telegrams;
using Mobius.Micro.ServiceDefaults.Telemetry;
using StackExchange.Redis;

namespace Mobius.Micro.EnOceanDecoder.Dedup;

/// <summary>
/// One reading per telegram however many connectors hear it, shared by every decoder replica in
/// Redis, in one round trip per batch of copies (one script call each, sent together and run in
/// order, so two copies in one batch are judged as if one came after the other):
/// <list type="bullet">
/// <item><c>{prefix}enocean:{SENDER}:telegram:{radio data hex}</c>, a hash that lives for the
/// window: <c>first</c> (the connector message of the first copy: a redelivery of that message is
/// the first copy again, so a batch that failed after de-duplication still gives its readings),
/// <c>heard:{connector URI}</c> (dBm of each copy), <c>best</c> and <c>bestConnector</c>.</item>
/// <item><c>{prefix}enocean:{SENDER}:connector</c>, a hash the gateway may read for downlinks:
/// <c>connectorUri</c> and <c>dBm</c> of the best copy of the sender's latest telegram, and
/// <c>heardAt</c>; it expires <see cref="EnOceanDecoderOptions.BestConnectorSeconds"/> after the
/// last telegram.</item>
/// </list>
/// The sender id in braces is a Redis cluster hash tag: both keys live in one slot.
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
        local first = redis.call('HSETNX', @telegram, 'first', @message)
        if first == 1 then
          redis.call('PEXPIRE', @telegram, @windowMs)
        elseif redis.call('HGET', @telegram, 'first') == @message then
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

    /// <summary>Records the copies, in order; for each: first, duplicate, or unchecked when Redis is away.</summary>
    public async Task<IReadOnlyList<DedupVerdict>> RecordAsync(IReadOnlyList<TelegramCopy> copies)
    {
        if (!IsEnabled || copies.Count == 0)
        {
            return Verdicts(copies.Count, DedupVerdict.First);
        }

        try
        {
            var heardAt = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            var batch = redis.GetDatabase().CreateBatch();
            var answers = copies.Select(copy => batch.ScriptEvaluateAsync(RecordScript, Parameters(copy, heardAt))).ToArray();
            batch.Execute();
            var firsts = await Task.WhenAll(answers);
            return firsts.Select(first => (int)first == 1 ? DedupVerdict.First : DedupVerdict.Duplicate).ToArray();
        }
        catch (Exception failure) when (failure is RedisException or TimeoutException)
        {
            metrics.DedupUnavailable(copies.Count);
            if (_throttle.ShouldLog("redis"))
            {
                LogUnavailable(logger, failure.Message);
            }

            return Verdicts(copies.Count, DedupVerdict.Unchecked);
        }
    }

    private static DedupVerdict[] Verdicts(int count, DedupVerdict verdict) => Enumerable.Repeat(verdict, count).ToArray();

    private object Parameters(TelegramCopy copy, string heardAt) => new
    {
        telegram = (RedisKey)TelegramKey(copy.Received),
        sender = (RedisKey)SenderKey(copy.Received.Telegram.SenderId),
        message = copy.MessageId,
        connector = copy.Raw.ConnectorUri,
        dbm = copy.Dbm ?? UnknownDbm,
        windowMs = _options.DedupWindowMilliseconds,
        heardAt,
        senderSeconds = _options.BestConnectorSeconds,
    };

    private string SenderKey(string senderId) => $"{_options.RedisKeyPrefix}enocean:{{{senderId}}}:connector";

    private string TelegramKey(ReceivedRadioTelegram received) =>
        $"{_options.RedisKeyPrefix}enocean:{{{received.Telegram.SenderId}}}:telegram:{Convert.ToHexString(received.Identity)}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "De-duplication skipped, Redis did not answer: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
