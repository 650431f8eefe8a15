using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorProtocol.Replay;

namespace Mobius.Micro.ConnectorGateway.IntegrationTests;

/// <summary>Heartbeat timeouts: which connectors are silent, and taking one offline exactly once.</summary>
public sealed class ConnectorPresenceTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_connector_heard_before_the_cutoff_is_silent_and_goes_offline_once()
    {
        var serial = RedisFixture.NewSerial();
        await HeardAsync(serial, Now.AddMinutes(-4));
        var cutoff = Now.AddMinutes(-3);

        Assert.Contains(serial, await redis.Presence.SilentSinceAsync(cutoff));
        Assert.True(await redis.Presence.MarkOfflineIfSilentAsync(serial, cutoff));
        Assert.False(await redis.Presence.MarkOfflineIfSilentAsync(serial, cutoff));
        Assert.Equal("0", (await redis.HashAsync(serial))["online"]);
        Assert.DoesNotContain(serial, await redis.Presence.SilentSinceAsync(cutoff));
    }

    [Fact]
    public async Task A_connector_heard_after_the_cutoff_stays_online()
    {
        var serial = RedisFixture.NewSerial();
        await HeardAsync(serial, Now.AddMinutes(-1));
        var cutoff = Now.AddMinutes(-3);

        Assert.DoesNotContain(serial, await redis.Presence.SilentSinceAsync(cutoff));
        Assert.False(await redis.Presence.MarkOfflineIfSilentAsync(serial, cutoff));
        Assert.Equal("1", (await redis.HashAsync(serial))["online"]);
    }

    [Fact]
    public async Task Online_connectors_are_counted()
    {
        var before = await redis.Presence.CountOnlineAsync();
        await HeardAsync(RedisFixture.NewSerial(), Now);
        await HeardAsync(RedisFixture.NewSerial(), Now);

        Assert.Equal(before + 2, await redis.Presence.CountOnlineAsync());
    }

    private Task<bool> HeardAsync(string serial, DateTimeOffset at) =>
        redis.Store.CommitAsync(new ConnectorCommit(serial, $"000001/021/FFC0/{serial[^4..]}", new ReplayState("boot", 1, 1), Generation: 1, Online: true, at, [], Telegrams: 0));
}
