using Mobius.Micro.Contracts;
using Mobius.Micro.Testing;
using Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Decoder;

/// <summary>Two decoder replicas on one queue and one Redis: copies of a frame handled by different replicas are one reading, and state outlives a replica.</summary>
public sealed class ReplicaTests : IAsyncLifetime
{
    private const string ObjectUri = "000001/023/0201/0001";
    private static readonly DateTimeOffset T0 = DecoderFixture.Start;

    private readonly string _prefix = $"mobius-workocc-replicas-{Guid.NewGuid():N}:";
    private readonly ManualClock _clock = new(T0);
    private TemporaryVirtualHost _virtualHost = null!;
    private DecoderFactory _first = null!;
    private DecoderFactory _second = null!;
    private StandInBus _bus = null!;

    public async Task InitializeAsync()
    {
        _virtualHost = await TemporaryVirtualHost.CreateAsync();
        _first = new DecoderFactory(_virtualHost.Name, _prefix, _clock);
        _second = new DecoderFactory(_virtualHost.Name, _prefix, _clock);
        await Task.WhenAll(DecoderFixture.WaitUntilReadyAsync(_first), DecoderFixture.WaitUntilReadyAsync(_second));
        _bus = await StandInBus.StartAsync(_virtualHost.Name);
        _bus.Devices["20000001"] = (ObjectUri, "0201");
    }

    public async Task DisposeAsync()
    {
        await _bus.DisposeAsync();
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestInfrastructure.Redis);
        await DecoderFixture.DeleteKeysAsync(redis, _prefix);
        await _virtualHost.DisposeAsync();
    }

    [Fact]
    public async Task Copies_of_each_frame_spread_over_two_replicas_give_one_reading_each_and_totals_that_add_up()
    {
        const int frames = 20;
        for (var index = 1; index <= frames; index++)
        {
            var frame = WorkOccTelegrams.PeopleCount(0x20000001, (byte)index, (ushort)(index * 3), (ushort)index, (ushort)(index * 2));
            var receivedAt = T0.AddSeconds(index * 10);
            await Task.WhenAll(
                _bus.HearAsync(frame, receivedAt, "MF_0000A1"),
                _bus.HearAsync(frame, receivedAt.AddMilliseconds(150), "MF_0000B2"),
                _bus.HearAsync(frame, receivedAt.AddMilliseconds(400), "MF_0000C3"));
            await _bus.Broadcasts.WaitForAsync(command => command.PayloadJson.Contains("20000001"), count: 3 * index);
            await _bus.Values.WaitForAsync(values => values.ObjectUri == ObjectUri, count: index);
        }

        await Eventually.QuietPeriod();
        var written = _bus.Values.Where(values => values.ObjectUri == ObjectUri);
        Assert.Equal(frames, written.Count);
        Assert.Contains(written, values => values.Values.Contains(ReportedValue.Of("44", 3 * frames)));
    }

    [Fact]
    public async Task A_replica_started_later_continues_from_the_shared_state()
    {
        await _bus.HearAsync(WorkOccTelegrams.PeopleCount(0x20000001, 100, 65530, 10, 5), T0);
        await _bus.Values.WaitForAsync(values => values.Values.Contains(ReportedValue.Of("44", 65530)));

        await _first.DisposeAsync();
        await _second.DisposeAsync();
        _first = new DecoderFactory(_virtualHost.Name, _prefix, _clock);
        _second = new DecoderFactory(_virtualHost.Name, _prefix, _clock);
        await Task.WhenAll(DecoderFixture.WaitUntilReadyAsync(_first), DecoderFixture.WaitUntilReadyAsync(_second));

        await _bus.HearAsync(WorkOccTelegrams.PeopleCount(0x20000001, 99, 65000, 9, 5), T0.AddSeconds(5));
        await _bus.HearAsync(WorkOccTelegrams.PeopleCount(0x20000001, 101, 4, 12, 3), T0.AddSeconds(30));

        var after = await _bus.Values.WaitForAsync(values => values.Values.Contains(ReportedValue.Of("44", 65540)));
        Assert.Contains(ReportedValue.Of("45", 12), Assert.Single(after).Values);
        await Eventually.QuietPeriod();
        Assert.Equal(2, _bus.Values.Where(values => values.ObjectUri == ObjectUri).Count);
    }
}
