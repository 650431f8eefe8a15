using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorProtocol.Replay;
using Mobius.Micro.Testing;
using StackExchange.Redis;

namespace Mobius.Micro.ConnectorGateway.IntegrationTests;

/// <summary>Live status and replay state in a real Redis, under a key prefix of their own.</summary>
public sealed class RedisConnectorStateStoreTests : IAsyncLifetime
{
    private const string Serial = "MF_00BCC0";
    private static readonly DateTimeOffset SeenAt = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly string _prefix = $"mobius-test-{Guid.NewGuid():N}:";
    private ConnectionMultiplexer _redis = null!;
    private RedisConnectorStateStore _store = null!;

    public async Task InitializeAsync()
    {
        _redis = await ConnectionMultiplexer.ConnectAsync(TestInfrastructure.Redis);
        _store = new RedisConnectorStateStore(_redis, Options.Create(new GatewayOptions { RedisKeyPrefix = _prefix }));
    }

    public async Task DisposeAsync()
    {
        await _redis.GetDatabase().KeyDeleteAsync($"{_prefix}connector:{Serial}");
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_connector_never_seen_has_no_replay_state()
    {
        Assert.Null(await _store.ReadReplayStateAsync(Serial));
    }

    [Fact]
    public async Task A_committed_telegram_records_replay_state_and_live_status()
    {
        await _store.CommitAcceptedAsync(Serial, new ReplayState("7f3a9c21", 1042, 0b1011), "enocean", "01879DE6", SeenAt);

        Assert.Equal(new ReplayState("7f3a9c21", 1042, 0b1011), await _store.ReadReplayStateAsync(Serial));
        var status = await Hash();
        Assert.Equal("1", status["online"]);
        Assert.Equal("01879DE6", status["lastEnOceanUID"]);
        Assert.Equal("1", status["accepted"]);
        Assert.Equal(SeenAt, DateTimeOffset.Parse(status["lastSeen"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_late_confirm_of_an_earlier_message_never_moves_the_replay_state_back()
    {
        await _store.CommitAcceptedAsync(Serial, new ReplayState("7f3a9c21", 11, 0b11), "enocean", null, SeenAt);
        await _store.CommitAcceptedAsync(Serial, new ReplayState("7f3a9c21", 10, 0b1), "workocc", "4B1D0007", SeenAt);

        Assert.Equal(new ReplayState("7f3a9c21", 11, 0b11), await _store.ReadReplayStateAsync(Serial));
        var status = await Hash();
        Assert.Equal("2", status["accepted"]);
        Assert.Equal("4B1D0007", status["lastWorkOccUID"]);
    }

    [Fact]
    public async Task A_new_boot_replaces_the_replay_state()
    {
        await _store.CommitAcceptedAsync(Serial, new ReplayState("first-boot", 500, 1), "enocean", null, SeenAt);
        await _store.CommitAcceptedAsync(Serial, new ReplayState("second-boot", 1, 1), "enocean", null, SeenAt);

        Assert.Equal(new ReplayState("second-boot", 1, 1), await _store.ReadReplayStateAsync(Serial));
    }

    [Fact]
    public async Task Rejections_are_counted_in_total_and_per_reason()
    {
        _store.CountRejection(Serial, "bad_signature");
        _store.CountRejection(Serial, "bad_signature");
        _store.CountRejection(Serial, "stale");
        await _redis.GetDatabase().PingAsync();

        var status = await Hash();
        Assert.Equal("3", status["rejected"]);
        Assert.Equal("2", status["rejected:bad_signature"]);
        Assert.Equal("1", status["rejected:stale"]);
    }

    private async Task<Dictionary<string, string>> Hash() =>
        (await _redis.GetDatabase().HashGetAllAsync($"{_prefix}connector:{Serial}"))
            .ToDictionary(entry => entry.Name.ToString(), entry => entry.Value.ToString());
}
