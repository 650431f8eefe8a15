using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.EnOceanDecoder.Tests;

/// <summary>
/// The device registrations' cache (shared with the gateway's connector directory): an expired
/// answer is served while one background fetch refreshes it; only unknown or forgotten keys, and
/// answers that must not be served stale ("none" here, as "no such device"), wait; those are trusted
/// for a shorter lifetime of their own.
/// </summary>
public sealed class RefreshingCacheTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RefusedLifetime = TimeSpan.FromSeconds(1);

    private readonly Clock _clock = new();
    private readonly RefreshingCache<string> _cache;
    private readonly List<TaskCompletionSource<string>> _fetches = [];

    public RefreshingCacheTests() => _cache = new RefreshingCache<string>(_clock, Lifetime, usableWhileRefreshing: value => value != "none", RefusedLifetime);

    [Fact]
    public async Task A_fresh_answer_is_served_without_asking_again()
    {
        await FirstAnswer("v1");

        Assert.Equal("v1", await Get());
        Assert.Single(_fetches);
    }

    [Fact]
    public async Task An_expired_answer_is_served_at_once_while_one_fetch_refreshes_it()
    {
        await FirstAnswer("v1");
        _clock.Advance(Lifetime);

        Assert.Equal("v1", await Get());
        Assert.Equal("v1", await Get());
        await WaitForFetches(2);
        _fetches[1].SetResult("v2");

        Assert.Equal("v2", await WaitFor("v2"));
        Assert.Equal(2, _fetches.Count);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_old_answer_and_the_next_lookup_tries_again()
    {
        await FirstAnswer("v1");
        _clock.Advance(Lifetime);
        await Get();
        await WaitForFetches(2);

        _fetches[1].SetException(new TimeoutException("no answer"));
        await WaitForFetchesWhileGetting(3, expected: "v1");
        _fetches[2].SetResult("v2");

        Assert.Equal("v2", await WaitFor("v2"));
    }

    [Fact]
    public async Task A_forgotten_key_waits_for_a_fresh_answer_and_a_refresh_under_way_does_not_bring_the_old_one_back()
    {
        await FirstAnswer("v1");
        _clock.Advance(Lifetime);
        await Get();
        await WaitForFetches(2);

        _cache.Forget("key");
        var waiting = Get();
        Assert.False(waiting.IsCompleted);
        _fetches[1].SetResult("before the change");
        _fetches[2].SetResult("after the change");

        Assert.Equal("after the change", await waiting);
        Assert.Equal("after the change", await Get());
    }

    [Fact]
    public async Task An_expired_answer_that_must_not_be_served_stale_waits_for_the_fetch()
    {
        await FirstAnswer("none");
        _clock.Advance(Lifetime);

        var waiting = Get();
        Assert.False(waiting.IsCompleted);
        _fetches[1].SetResult("v1");

        Assert.Equal("v1", await waiting);
    }

    [Fact]
    public async Task An_answer_that_must_not_be_served_stale_is_trusted_only_for_its_shorter_lifetime()
    {
        await FirstAnswer("none");
        _clock.Advance(RefusedLifetime - TimeSpan.FromMilliseconds(1));
        Assert.Equal("none", await Get());
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        var waiting = Get();
        Assert.False(waiting.IsCompleted);
        _fetches[1].SetResult("v1");
        Assert.Equal("v1", await waiting);

        _clock.Advance((Lifetime * RefreshingCache<string>.ShortestLifetimeShare) - TimeSpan.FromMilliseconds(1));
        Assert.Equal("v1", await Get());
        Assert.Equal(2, FetchCount());
    }

    [Fact]
    public async Task Answers_fetched_together_expire_spread_over_the_last_quarter_of_their_lifetime()
    {
        var keys = Enumerable.Range(0, 200).Select(index => $"device-{index}").ToArray();
        foreach (var key in keys)
        {
            Assert.Equal(key, await _cache.GetAsync(key, _ => Task.FromResult(key), CancellationToken.None));
        }

        _clock.Advance((Lifetime * RefreshingCache<string>.ShortestLifetimeShare) - TimeSpan.FromMilliseconds(1));
        await GetAll(keys);
        Assert.Equal(0, FetchCount());

        _clock.Advance(Lifetime * (1 - RefreshingCache<string>.ShortestLifetimeShare) / 2);
        await GetAll(keys);
        // Refreshes run in the background: wait until those started have counted themselves.
        await FetchesAtLeast(1);
        await Task.Delay(100);
        Assert.InRange(FetchCount(), 1, keys.Length - 1);

        _clock.Advance(Lifetime);
        await GetAll(keys);
        await WaitForFetches(keys.Length);
    }

    private async Task GetAll(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            await _cache.GetAsync(key, _ => Fetch(), CancellationToken.None);
        }
    }

    private async Task FirstAnswer(string value)
    {
        var first = Get();
        _fetches[0].SetResult(value);
        Assert.Equal(value, await first);
    }

    private Task<string> Get() => _cache.GetAsync("key", _ => Fetch(), CancellationToken.None).AsTask();

    private Task<string> Fetch()
    {
        lock (_fetches)
        {
            var fetch = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _fetches.Add(fetch);
            return fetch.Task;
        }
    }

    private int FetchCount()
    {
        lock (_fetches)
        {
            return _fetches.Count;
        }
    }

    private async Task WaitForFetches(int count) => Assert.Equal(count, await FetchesAtLeast(count));

    /// <summary>How many fetches have started, once at least <paramref name="count"/> have (or 10 s passed).</summary>
    private async Task<int> FetchesAtLeast(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (FetchCount() < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        return FetchCount();
    }

    private async Task WaitForFetchesWhileGetting(int count, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (FetchCount() < count && DateTime.UtcNow < deadline)
        {
            Assert.Equal(expected, await Get());
            await Task.Delay(5);
        }

        Assert.Equal(count, _fetches.Count);
    }

    private async Task<string> WaitFor(string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var value = await Get();
        while (value != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
            value = await Get();
        }

        return value;
    }

    private sealed class Clock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
