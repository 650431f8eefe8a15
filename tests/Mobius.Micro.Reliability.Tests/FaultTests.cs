using System.Globalization;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// While a connector sends a steady stream of numbered telegrams, each dependency and each service is
/// stopped cleanly and then killed, one after the other, on servers of the test's own. Every fault
/// must turn the readiness of the services that need it red and then green again, the stream must
/// reach the object store again, the connector must show online again, and at the end every telegram
/// the broker acknowledged is in the store, once (redeliveries are reported as duplicates).
/// Prints the recovery time of each fault. Runs for minutes: <c>make faults</c>.
/// </summary>
[Trait("Category", "Fault")]
[Collection(PrivateStackCollection.Name)]
public sealed class FaultTests(PrivateStack stack, ITestOutputHelper output)
{
    private const double TelegramsPerSecond = 20;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Every_acknowledged_telegram_is_stored_once_through_every_fault()
    {
        await using var site = await StreamingSite.StartAsync(stack, TelegramsPerSecond);
        await using var readiness = new ReadinessMonitor(stack.Services);
        await site.Stored.WaitUntilStoredAsync(await site.Stream.FirstAcknowledgedAfterAsync(DateTime.UtcNow, Patience), Patience);
        var outcomes = new List<FaultOutcome>();
        foreach (var fault in Fault.AllOf(stack))
        {
            try
            {
                outcomes.Add(await InjectAsync(fault, site, readiness));
            }
            catch (Xunit.Sdk.XunitException failure)
            {
                throw new Xunit.Sdk.XunitException($"{failure.Message}\n{stack.RecentOutput()}");
            }
        }

        await site.Stream.StopAsync();
        var acknowledged = site.Stream.Acknowledged;
        var stored = await DrainedAsync(site, acknowledged.Keys.ToHashSet());
        var missing = acknowledged.Keys.Where(number => !stored.ContainsKey(number)).Order().ToList();
        var duplicates = stored.Values.Sum(count => count - 1);
        output.WriteLine(FaultOutcome.Header);
        foreach (var outcome in outcomes)
        {
            output.WriteLine(outcome.Row(acknowledged.Values.Count(time => FaultOutcome.Of(outcomes, time) == outcome), missing.Count(number => FaultOutcome.Of(outcomes, acknowledged[number]) == outcome)));
        }

        output.WriteLine("red: fault to the affected services' readiness red; ready / stored / online: restart to every service ready, to the first telegram sent after that in the store, to the connector online again; acknowledged / lost: telegrams acknowledged from 1 s before the fault until 1 s before the next one, and those of them never stored.");
        output.WriteLine($"queues holding messages at the end: {string.Join(", ", (await stack.RabbitMq.NonEmptyQueuesAsync()).Select(queue => $"{queue.Key} {queue.Value}"))}");
        output.WriteLine($"telegrams: {site.Stream.Attempts} publishes, {acknowledged.Count} acknowledged, {stored.Count} stored, {duplicates} duplicates, {missing.Count} missing; {site.Stream.Reconnects} reconnects; {site.Stream.NotDelivered} answered 'no matching subscribers' and sent again");
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged telegrams never stored (number@acknowledged): {string.Join(", ", missing.Take(40).Select(number => $"{number}@{acknowledged[number]:HH:mm:ss.fff}"))}; faults injected: {string.Join(", ", outcomes.Select(outcome => $"{outcome.Name}@{outcome.Injected:HH:mm:ss.fff}"))}");
    }

    private async Task<FaultOutcome> InjectAsync(Fault fault, StreamingSite site, ReadinessMonitor readiness)
    {
        var injected = DateTime.UtcNow;
        await fault.Inject();
        var red = await readiness.WaitAsync(fault.Affected, service => readiness.WentRed(service, injected), $"{fault.Name}: readiness going red", Patience);
        await Task.Delay(Outage);

        var restarted = DateTime.UtcNow;
        await fault.Restore();
        var ready = await readiness.WaitAsync(stack.Services, service => readiness.WentGreen(service, restarted) ?? (readiness.IsReady(service) && !fault.Affected.Contains(service) ? restarted : null),
            $"{fault.Name}: every service ready again", Patience);
        var next = await site.Stream.FirstAcknowledgedAfterAsync(ready, Patience);
        var flowing = await site.Stored.WaitUntilStoredAsync(next, Patience);
        var online = await ConnectorOnlineSinceAsync(site, restarted);
        output.WriteLine($"{fault.Name} healed");
        return new FaultOutcome(fault.Name, injected, red, restarted, ready, flowing, online);
    }

    /// <summary>Waits until the gateway's live status in Redis shows the connector online and seen after <paramref name="since"/>.</summary>
    private async Task<DateTime> ConnectorOnlineSinceAsync(StreamingSite site, DateTime since)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(stack.Redis.Configuration);
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var status = (await redis.GetDatabase().HashGetAllAsync($"mobius:connector:{site.Connector.Serial}")).ToDictionary(entry => entry.Name.ToString(), entry => entry.Value.ToString());
            if (status.GetValueOrDefault("online") == "1" && DateTimeOffset.TryParse(status.GetValueOrDefault("lastSeen"), CultureInfo.InvariantCulture, out var seen) && seen.UtcDateTime > since)
            {
                return DateTime.UtcNow;
            }

            Assert.True(DateTime.UtcNow < deadline, $"connector {site.Connector.Serial} not online again: {string.Join(", ", status)}");
            await Task.Delay(200);
        }
    }

    private static async Task<Dictionary<int, int>> DrainedAsync(StreamingSite site, HashSet<int> acknowledged)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var stored = await site.Stored.ReadAsync();
            if (acknowledged.All(stored.ContainsKey) || DateTime.UtcNow > deadline)
            {
                return stored;
            }

            await Task.Delay(1000);
        }
    }
}
