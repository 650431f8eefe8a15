using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// Overload: the pipeline's sustained rate is measured with one connector sending as fast as the
/// broker acknowledges, then three times that rate is offered for a minute by several connectors.
/// Every service's memory stays bounded, the backlog drains afterwards, and every acknowledged
/// telegram is in the store. Prints the rates, the memory and the drain time. <c>make faults</c>.
/// </summary>
[Trait("Category", "Fault")]
[Collection(PrivateStackCollection.Name)]
public sealed class OverloadTests(PrivateStack stack, ITestOutputHelper output)
{
    private const double Overload = 3;
    private const long MemoryLimitMiB = 1024;
    private const int Burst = 1500;
    private static readonly TimeSpan Offered = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Three_times_the_sustained_rate_for_a_minute_loses_nothing_and_drains()
    {
        var sustained = await SustainedRateAsync();
        var target = Overload * sustained;
        var connectors = (int)Math.Max(3, Math.Ceiling(target * Offered.TotalSeconds / (TelegramStream.MaxTelegrams * 0.9)));
        var sites = new List<StreamingSite>();
        await using var memory = new ResidentMemory(stack.Services);
        for (var index = 0; index < connectors; index++)
        {
            sites.Add(await StreamingSite.StartAsync(stack, target / connectors));
        }

        await Task.Delay(Offered);
        foreach (var site in sites)
        {
            await site.Stream.StopAsync();
        }

        var stopped = Stopwatch.StartNew();
        var acknowledged = sites.Sum(site => site.Stream.Acknowledged.Count);
        var (stored, duplicates, missing) = await DrainAsync(sites);
        var drained = stopped.Elapsed;
        await memory.StopAsync();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sustained {sustained:F0} telegrams/s; offered {target:F0}/s by {connectors} connectors for {Offered.TotalSeconds} s: {acknowledged} acknowledged ({acknowledged / Offered.TotalSeconds:F0}/s), {stored} stored, {duplicates} duplicates, {missing} missing; backlog drained {drained.TotalSeconds:F0} s after the load stopped"));
        foreach (var (service, (first, peak, last)) in memory.Summary())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {service,-18} RSS {first,6:F0} MiB at start, {peak,6:F0} MiB peak, {last,6:F0} MiB at the end"));
        }

        foreach (var site in sites)
        {
            await site.DisposeAsync();
        }

        Assert.Equal(0, missing);
        Assert.All(memory.Summary(), entry => Assert.True(entry.Value.Peak < MemoryLimitMiB, $"{entry.Key} peaked at {entry.Value.Peak:F0} MiB"));
    }

    /// <summary>
    /// How fast the pipeline stores when it has a backlog: one connector sends <see cref="Burst"/>
    /// telegrams as fast as the broker acknowledges, and the store's progress is timed from the
    /// first stored telegram until the last one is in.
    /// </summary>
    private async Task<double> SustainedRateAsync()
    {
        await using var site = await StreamingSite.StartAsync(stack, perSecond: 0);
        var sending = Stopwatch.StartNew();
        while (site.Stream.Acknowledged.Count < Burst)
        {
            await Task.Delay(50);
        }

        await site.Stream.StopAsync();
        var sent = site.Stream.Acknowledged.Count;
        var publishRate = sent / sending.Elapsed.TotalSeconds;
        await site.Stored.WaitUntilStoredAsync(1, DrainLimit);
        var storing = Stopwatch.StartNew();
        var first = (await site.Stored.ReadAsync()).Count;
        var stored = first;
        while (stored < sent && storing.Elapsed < DrainLimit)
        {
            await Task.Delay(500);
            stored = (await site.Stored.ReadAsync()).Count;
        }

        // When the store had everything before the first look, the connector's rate is the best measure there is.
        var rate = stored > first ? (stored - first) / storing.Elapsed.TotalSeconds : publishRate;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"burst of {sent} telegrams from one connector: {publishRate:F0}/s acknowledged, {rate:F0}/s stored once the pipeline was busy"));
        return rate;
    }

    private static async Task<(int Stored, int Duplicates, int Missing)> DrainAsync(IReadOnlyList<StreamingSite> sites)
    {
        var deadline = DateTime.UtcNow + DrainLimit;
        while (true)
        {
            var (stored, duplicates, missing) = (0, 0, 0);
            foreach (var site in sites)
            {
                var counts = await site.Stored.ReadAsync();
                stored += counts.Count;
                duplicates += counts.Values.Sum(count => count - 1);
                missing += site.Stream.Acknowledged.Keys.Count(number => !counts.ContainsKey(number));
            }

            if (missing == 0 || DateTime.UtcNow > deadline)
            {
                return (stored, duplicates, missing);
            }

            await Task.Delay(2000);
        }
    }
}
