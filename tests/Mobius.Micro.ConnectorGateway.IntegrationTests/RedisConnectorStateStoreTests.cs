using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorProtocol.Replay;

namespace Mobius.Micro.ConnectorGateway.IntegrationTests;

/// <summary>Live status and replay state in a real Redis, under a key prefix of their own.</summary>
public sealed class RedisConnectorStateStoreTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Uri = "000001/021/FFC0/0001";
    private static readonly DateTimeOffset SeenAt = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly string _serial = RedisFixture.NewSerial();
    private long _generation;

    [Fact]
    public async Task A_connector_never_seen_has_no_session()
    {
        var session = await redis.Store.ReadSessionAsync(_serial);

        Assert.Null(session.ReplayState);
        Assert.Null(session.Modules);
    }

    [Fact]
    public async Task A_committed_telegram_records_replay_state_and_live_status()
    {
        var wasOnline = await redis.Store.CommitAsync(Telegram(new ReplayState("7f3a9c21", 1042, 0b1011), ("lastEnOceanUID", "01879DE6")));

        Assert.False(wasOnline);
        Assert.Equal(new ReplayState("7f3a9c21", 1042, 0b1011), (await redis.Store.ReadSessionAsync(_serial)).ReplayState);
        var status = await redis.HashAsync(_serial);
        Assert.Equal("1", status["online"]);
        Assert.Equal("01879DE6", status["lastEnOceanUID"]);
        Assert.Equal("1", status["accepted"]);
        Assert.Equal(Uri, status["uri"]);
        Assert.Equal(SeenAt, DateTimeOffset.Parse(status["lastSeen"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(_serial, await redis.Store.FindSerialAsync(Uri));
    }

    [Fact]
    public async Task The_second_message_finds_the_connector_online()
    {
        await redis.Store.CommitAsync(Telegram(new ReplayState("boot-one", 1, 1)));

        Assert.True(await redis.Store.CommitAsync(Telegram(new ReplayState("boot-one", 2, 0b11))));
    }

    [Fact]
    public async Task A_late_confirm_of_an_earlier_message_never_moves_the_replay_state_back()
    {
        var earlier = Telegram(new ReplayState("7f3a9c21", 10, 0b1), ("lastWorkOccUID", "4B1D0007"));
        await redis.Store.CommitAsync(Telegram(new ReplayState("7f3a9c21", 11, 0b11)));
        await redis.Store.CommitAsync(earlier);

        Assert.Equal(new ReplayState("7f3a9c21", 11, 0b11), (await redis.Store.ReadSessionAsync(_serial)).ReplayState);
        var status = await redis.HashAsync(_serial);
        Assert.Equal("2", status["accepted"]);
        Assert.Equal("4B1D0007", status["lastWorkOccUID"]);
    }

    [Fact]
    public async Task A_late_confirm_from_the_previous_boot_never_replaces_the_new_boot()
    {
        var lastOfOldBoot = Telegram(new ReplayState("old-boot", 2, 0b11));
        await redis.Store.CommitAsync(Telegram(new ReplayState("new-boot", 1, 1)));
        await redis.Store.CommitAsync(lastOfOldBoot);

        var session = await redis.Store.ReadSessionAsync(_serial);
        Assert.Equal(new ReplayState("new-boot", 1, 1), session.ReplayState);
        Assert.Equal(2, session.Generation);
    }

    [Fact]
    public async Task A_new_boot_replaces_the_replay_state()
    {
        await redis.Store.CommitAsync(Telegram(new ReplayState("first-boot", 500, 1)));
        await redis.Store.CommitAsync(Telegram(new ReplayState("second-boot", 1, 1)));

        Assert.Equal(new ReplayState("second-boot", 1, 1), (await redis.Store.ReadSessionAsync(_serial)).ReplayState);
    }

    [Fact]
    public async Task A_last_will_takes_the_connector_offline_and_leaves_the_replay_state_alone()
    {
        await redis.Store.CommitAsync(Telegram(new ReplayState("boot-one", 7, 1)));

        var wasOnline = await redis.Store.CommitAsync(new ConnectorCommit(_serial, Uri, ReplayState: null, Generation: 0, Online: false, SeenAt, [], Telegrams: 0));

        Assert.True(wasOnline);
        Assert.Equal("0", (await redis.HashAsync(_serial))["online"]);
        Assert.Equal(new ReplayState("boot-one", 7, 1), (await redis.Store.ReadSessionAsync(_serial)).ReplayState);
        Assert.DoesNotContain(_serial, await redis.Presence.SilentSinceAsync(DateTimeOffset.MaxValue));
    }

    [Fact]
    public async Task A_status_records_the_modules_for_the_next_session()
    {
        await redis.Store.CommitAsync(new ConnectorCommit(_serial, Uri, new ReplayState("boot-one", 1, 1), Generation: 1, Online: true, SeenAt,
            [new(RedisConnectorStateStore.ModulesField, "WorkOcc,EnOcean"), new("fw", "1.2.3")], Telegrams: 0));

        var session = await redis.Store.ReadSessionAsync(_serial);

        Assert.Equal(["WorkOcc", "EnOcean"], session.Modules);
        Assert.True(session.HasModule("enocean"));
        Assert.Equal("1.2.3", (await redis.HashAsync(_serial))["fw"]);
        Assert.False((await redis.HashAsync(_serial)).ContainsKey("accepted"));
    }

    [Fact]
    public async Task Rejections_are_counted_in_total_and_per_reason()
    {
        redis.Store.CountRejection(_serial, "bad_signature");
        redis.Store.CountRejection(_serial, "bad_signature");
        redis.Store.CountRejection(_serial, "stale");
        await redis.Connection.GetDatabase().PingAsync();

        var status = await redis.HashAsync(_serial);
        Assert.Equal("3", status["rejected"]);
        Assert.Equal("2", status["rejected:bad_signature"]);
        Assert.Equal("1", status["rejected:stale"]);
    }

    /// <summary>A telegram commit whose replay decision comes after every one made before it (its generation is the next).</summary>
    private ConnectorCommit Telegram(ReplayState state, params (string Field, string Value)[] fields) =>
        new(_serial, Uri, state, ++_generation, Online: true, SeenAt, [.. fields.Select(field => new KeyValuePair<string, string>(field.Field, field.Value))], Telegrams: 1);
}
