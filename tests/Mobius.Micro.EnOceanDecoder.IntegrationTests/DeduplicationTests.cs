using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean;
using Mobius.Micro.Testing;

namespace Mobius.Micro.EnOceanDecoder.IntegrationTests;

/// <summary>
/// One telegram heard by two connectors within the window is one reading and one broadcast; Redis
/// remembers the connector that heard it best, for downlinks. The same telegram after the window is
/// a new reading. A redelivered batch gives its readings again (they may never have been published).
/// </summary>
[Collection(EnOceanStackCollection.Name)]
public sealed class DeduplicationTests(EnOceanStackFixture stack)
{
    private const uint SenderId = 0x0DED0001;
    private const uint RedeliveredSenderId = 0x0DED0002;

    [Fact]
    public async Task Two_connectors_hearing_one_telegram_give_one_reading_and_remember_the_stronger()
    {
        using var api = await stack.LoggedInApiAsync();
        var (weak, _) = await stack.ConnectorAsync(api, "MF_DED001");
        var (strong, strongUri) = await stack.ConnectorAsync(api, "MF_DED002");
        await using var _ = weak;
        await using var __ = strong;
        var ins = await api.CreateObjectAsync("022/0101", ("0A", "A5-02-05"), ("0B", SenderId.ToString("X8")));
        var objectUri = $"{StackFixture.HubId}/022/0101/{ins}";

        await Task.WhenAll(
            weak.SendEnOceanAsync(Telegrams.Radio(Rorg.FourBs, "00006408", SenderId, dbm: -88)),
            strong.SendEnOceanAsync(Telegrams.Radio(Rorg.FourBs, "00006408", SenderId, dbm: -47)));

        await stack.Watcher.Readings.WaitForAsync(reading => reading.ObjectUri == objectUri);
        var senderKey = $"{stack.RedisKeyPrefix}enocean:{{{SenderId:X8}}}:connector";
        await Waiting.UntilAsync(async () => (string?)await stack.Redis.GetDatabase().HashGetAsync(senderKey, "connectorUri") == strongUri, "the stronger connector remembered");
        await Waiting.ForLateMessagesAsync();
        Assert.Single(stack.Watcher.Readings.Where(reading => reading.ObjectUri == objectUri));
        Assert.Single(stack.Watcher.Broadcasts.Where(broadcast => broadcast.PayloadJson.Contains($"\"uid\":\"{SenderId:X8}\"", StringComparison.Ordinal)));
        Assert.Equal("-47", (string?)await stack.Redis.GetDatabase().HashGetAsync(senderKey, "dBm"));

        await weak.SendEnOceanAsync(Telegrams.Radio(Rorg.FourBs, "00006408", SenderId, dbm: -88));

        await stack.Watcher.Readings.WaitForAsync(reading => reading.ObjectUri == objectUri, count: 2);
    }

    [Fact]
    public async Task A_redelivered_batch_is_read_again_but_another_connectors_copy_is_not()
    {
        using var api = await stack.LoggedInApiAsync();
        var ins = await api.CreateObjectAsync("022/0101", ("0A", "A5-02-05"), ("0B", RedeliveredSenderId.ToString("X8")));
        var objectUri = $"{StackFixture.HubId}/022/0101/{ins}";
        var data = Telegrams.Radio(Rorg.FourBs, "00006408", RedeliveredSenderId);
        var batch = new EnOceanTelegramsReceived { Telegrams = [Copy("MF_DED011", seq: 7, data)] };

        await stack.Watcher.PublishAsync(batch);
        await stack.Watcher.Readings.WaitForAsync(reading => reading.ObjectUri == objectUri);
        // The batch again, with another connector's copy behind it in the same message, so that copy
        // is judged while the window is surely open, however slow the machine.
        await stack.Watcher.PublishAsync(new EnOceanTelegramsReceived { Telegrams = [.. batch.Telegrams, Copy("MF_DED012", seq: 7, data)] });
        await stack.Watcher.Readings.WaitForAsync(reading => reading.ObjectUri == objectUri, count: 2);

        await Waiting.ForLateMessagesAsync();
        Assert.Equal(2, stack.Watcher.Readings.Where(reading => reading.ObjectUri == objectUri).Count);
    }

    private static RawTelegramReceived Copy(string connectorSerial, long seq, byte[] data) => new()
    {
        ConnectorSerial = connectorSerial,
        ConnectorUri = $"{StackFixture.HubId}/021/FFC0/{connectorSerial[^4..]}",
        Module = RadioModules.EnOcean,
        Data = data,
        Rssi = -60,
        ReceivedAt = DateTimeOffset.UtcNow,
        Boot = "boot-1",
        Seq = seq,
    };
}
