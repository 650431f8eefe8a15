using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mobius.Micro.Testing;
using Mobius.Micro.WorkOcc.Semantics;
using Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;
using Mobius.Micro.WorkOccDecoder.State;
using Mobius.Micro.WorkOccDecoder.Telemetry;
using StackExchange.Redis;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.State;

/// <summary>Sensor state in a real Redis: the documented keys, compare-and-set across replicas, claims, restarts.</summary>
public sealed class SensorStateStoreTests : IAsyncLifetime
{
    private readonly string _prefix = $"mobius-workocc-store-{Guid.NewGuid():N}:";
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private IConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync() => _redis = await ConnectionMultiplexer.ConnectAsync(TestInfrastructure.Redis);

    public async Task DisposeAsync()
    {
        await DecoderFixture.DeleteKeysAsync(_redis, _prefix);
        await _redis.DisposeAsync();
        await _meters.DisposeAsync();
    }

    [Fact]
    public async Task A_sensor_never_heard_reads_as_a_new_state_at_version_0()
    {
        var stored = await Store().ReadAsync("00000001");

        Assert.Equal(0, stored.Version);
        Assert.Null(stored.State.Newest);
    }

    [Fact]
    public async Task An_update_writes_the_documented_keys_with_a_version_and_an_expiry()
    {
        await Store().UpdateAsync("0000000A", _ => new WorkOccSensorState { Newest = new SequenceMark(7, DecoderFixture.Start) }, state => state);

        var database = _redis.GetDatabase();
        var key = $"{_prefix}workocc:sensor:0000000A";
        Assert.Equal("1", (string?)await database.HashGetAsync(key, "version"));
        Assert.Contains("\"sequence\":7", (string?)await database.HashGetAsync(key, "state"));
        var expiry = await database.KeyTimeToLiveAsync(key);
        Assert.InRange(expiry!.Value, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        Assert.True(await database.SetContainsAsync($"{_prefix}workocc:sensors", "0000000A"));
        Assert.Equal(7, (await Store().ReadAsync("0000000A")).State.Newest!.Sequence);
    }

    [Fact]
    public async Task A_decision_that_stores_nothing_leaves_redis_alone()
    {
        var decision = await Store().UpdateAsync("0000000B", stored => stored.Version, _ => null);

        Assert.Equal(0, decision);
        Assert.False(await _redis.GetDatabase().KeyExistsAsync($"{_prefix}workocc:sensor:0000000B"));
    }

    [Fact]
    public async Task Replicas_updating_one_sensor_at_once_apply_every_update_exactly_once()
    {
        var replicas = new[] { Store(), Store(), Store() };

        await Task.WhenAll(Enumerable.Range(0, 90).Select(index => Task.Run(() => replicas[index % 3].UpdateAsync(
            "0000000C",
            stored => stored.State with { People = Counted(stored.State.People) },
            state => state))));

        var stored = await Store().ReadAsync("0000000C");
        Assert.Equal(90, stored.State.People!.TotalIn);
        Assert.Equal(90, stored.Version);
    }

    [Fact]
    public async Task State_outlives_the_store_that_wrote_it()
    {
        var totals = new PeopleTotals(65530, 3, 131066, 3);
        await Store().UpdateAsync("0000000D", _ => new WorkOccSensorState { People = totals }, state => state);

        await using var restarted = await ConnectionMultiplexer.ConnectAsync(TestInfrastructure.Redis);
        var stored = await Store(restarted).ReadAsync("0000000D");

        Assert.Equal(totals, stored.State.People);
    }

    [Fact]
    public async Task One_replica_at_a_time_may_sweep()
    {
        var first = Store();
        var second = Store();

        Assert.True(await first.TryClaimSweepAsync("replica-1", TimeSpan.FromMilliseconds(300)));
        Assert.False(await second.TryClaimSweepAsync("replica-2", TimeSpan.FromMilliseconds(300)));
        await Task.Delay(500);
        Assert.True(await second.TryClaimSweepAsync("replica-2", TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task An_unknown_sensor_is_announced_once_per_interval_and_kind()
    {
        var store = Store();

        Assert.True(await store.TryClaimAnnouncementAsync("0000000E", "deskOccupancy", TimeSpan.FromMinutes(5)));
        Assert.False(await Store().TryClaimAnnouncementAsync("0000000E", "deskOccupancy", TimeSpan.FromMinutes(5)));
        Assert.True(await store.TryClaimAnnouncementAsync("0000000E", "unknown", TimeSpan.FromMinutes(5)));
        Assert.True(await store.TryClaimAnnouncementAsync("0000000F", "deskOccupancy", TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Sensors_are_listed_until_forgotten()
    {
        var store = Store();
        await store.UpdateAsync("00000010", _ => new WorkOccSensorState(), state => state);
        await store.UpdateAsync("00000011", _ => new WorkOccSensorState(), state => state);

        await store.ForgetAsync("00000010");

        Assert.Equal(["00000011"], await store.SensorsAsync().ToListAsync());
    }

    private static PeopleTotals Counted(PeopleTotals? totals) =>
        totals is null ? new PeopleTotals(1, 0, 1, 0) : totals with { TotalIn = totals.TotalIn + 1 };

    private SensorStateStore Store(IConnectionMultiplexer? redis = null)
    {
        var options = Options.Create(new WorkOccDecoderOptions { RedisKeyPrefix = _prefix });
        return new SensorStateStore(
            redis ?? _redis, new SensorStateKeys(options), options, new WorkOccDecoderMetrics(_meters.GetRequiredService<IMeterFactory>()));
    }
}
