using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Mobius.Micro.Testing;
using StackExchange.Redis;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;

/// <summary>
/// One in-process decoder for a test class: its own RabbitMQ virtual host and Redis key prefix, a
/// stand-in bus for the gateway and the object store, the decoder's counters, and a clock at
/// <see cref="Start"/> that tests move for the sweep.
/// </summary>
public sealed class DecoderFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2025, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private TemporaryVirtualHost? _virtualHost;

    public string RedisKeyPrefix { get; } = $"mobius-workocc-test-{Guid.NewGuid():N}:";

    public ManualClock Clock { get; } = new(Start);

    public DecoderFactory Decoder { get; private set; } = null!;

    public StandInBus Bus { get; private set; } = null!;

    public DecoderMetrics Metrics { get; private set; } = null!;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    public string VirtualHost => _virtualHost!.Name;

    public async Task InitializeAsync()
    {
        _virtualHost = await TemporaryVirtualHost.CreateAsync();
        Redis = await ConnectionMultiplexer.ConnectAsync(TestInfrastructure.Redis);
        Decoder = new DecoderFactory(VirtualHost, RedisKeyPrefix, Clock);
        await WaitUntilReadyAsync(Decoder);
        Metrics = new DecoderMetrics(Decoder.Services.GetRequiredService<IMeterFactory>());
        Bus = await StandInBus.StartAsync(VirtualHost);
    }

    public async Task DisposeAsync()
    {
        Metrics?.Dispose();
        if (Bus is not null)
        {
            await Bus.DisposeAsync();
        }

        if (Decoder is not null)
        {
            await Decoder.DisposeAsync();
        }

        if (Redis is not null)
        {
            await DeleteKeysAsync(Redis, RedisKeyPrefix);
            await Redis.DisposeAsync();
        }

        if (_virtualHost is not null)
        {
            await _virtualHost.DisposeAsync();
        }
    }

    /// <summary>Readiness (Redis and bus) before any telegram is published, so no message goes out before the decoder's queue is bound.</summary>
    public static async Task WaitUntilReadyAsync(DecoderFactory decoder)
    {
        using var client = decoder.CreateClient();
        await Eventually.ReturnsAsync(
            async () => (await client.GetAsync("/health/ready")).StatusCode,
            status => status == System.Net.HttpStatusCode.OK,
            "the decoder's readiness");
    }

    public static async Task DeleteKeysAsync(IConnectionMultiplexer redis, string prefix)
    {
        foreach (var endpoint in redis.GetEndPoints())
        {
            await foreach (var key in redis.GetServer(endpoint).KeysAsync(pattern: prefix + "*"))
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }
}
