using System.Text.Json;
using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Tests.Support;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Tests.Integration;

/// <summary><c>mobius simulate</c> against the real Mosquitto on loopback, watched by a plain subscriber.</summary>
public sealed class SimulatorAgainstMosquittoTests
{
    private const string Psk = "integration test connector psk";
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Three_connectors_at_200_per_second_for_2_seconds_send_verified_ordered_messages_with_the_asked_misbehaviour()
    {
        var prefix = $"simulate-test-{Guid.NewGuid():N}";
        await using var subscriber = await MqttRecorder.SubscribeAsync($"{prefix}/connectors/+/+");
        var fractions = new MisbehaviourFractions(WrongPsk: 0.1, Replay: 0.05, Stale: 0.05, Malformed: 0.05, BadCrc: 0.05);

        var run = await SimulateRun.RunAsync(
            "--connectors", "3", "--rate", "200", "--duration", "2", "--broker", MqttRecorder.BrokerAddress, "--topic-prefix", prefix,
            "--psk", Psk, "--heartbeat", "0.5", "--seed", "42", "--wrong-psk", "0.1", "--replay", "0.05", "--stale", "0.05",
            "--malformed", "0.05", "--bad-crc", "0.05");

        Assert.True(run.ExitCode == 0, run.ToString());
        var messages = await subscriber.WaitForAsync(
            received => received.Count(message => message.Kind == "up") >= 400 && received.Count(IsLastWill) == 3, Delivery);
        var ups = messages.Where(message => message.Kind == "up").ToList();
        Assert.Equal(400, ups.Count);
        Assert.Equal([133, 133, 134], ups.GroupBy(message => message.Serial).Select(group => group.Count()).Order());
        Assert.Contains("up 400 ", run.Output, StringComparison.Ordinal);

        var inspector = new MessageInspector(prefix);
        var found = new Dictionary<Misbehaviour, int>();
        foreach (var message in messages)
        {
            var (misbehaviour, _) = await inspector.InspectAsync(message, ConnectorPsk.Create(Psk));
            Assert.True(message.Kind == "up" || misbehaviour == Misbehaviour.None, $"a {message.Kind} message misbehaves: {misbehaviour}");
            if (message.Kind == "up")
            {
                found[misbehaviour] = found.GetValueOrDefault(misbehaviour) + 1;
            }
        }

        foreach (var (misbehaviour, fraction) in fractions.All)
        {
            Assert.InRange(found.GetValueOrDefault(misbehaviour), (fraction * 400) - 3, (fraction * 400) + 3);
        }

        AssertSequencesRiseInOneBootPerConnector(messages);
        Assert.All(
            messages.Where(message => message.Kind == "status").GroupBy(message => message.Serial),
            statuses => Assert.InRange(statuses.Count(), 3 + 2, 3 + 5));
    }

    [Fact]
    public async Task With_json_every_message_is_one_line_and_the_summary_goes_to_the_error_output()
    {
        var prefix = $"simulate-test-{Guid.NewGuid():N}";
        await using var subscriber = await MqttRecorder.SubscribeAsync($"{prefix}/connectors/+/+");

        var run = await SimulateRun.RunAsync(
            "--rate", "50", "--duration", "1", "--broker", MqttRecorder.BrokerAddress, "--topic-prefix", prefix, "--psk", Psk, "--json", "--malformed", "0.1");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(50, lines.Count(line => line.GetProperty("role").GetString() == "up"));
        Assert.Equal(5, lines.Count(line => line.GetProperty("misbehaviour").GetString() == "malformed"));
        Assert.Single(lines, line => line.GetProperty("role").GetString() == "online");
        Assert.Single(lines, line => line.GetProperty("role").GetString() == "lastWill");
        Assert.All(lines, line => Assert.True(line.GetProperty("published").GetBoolean()));
        Assert.All(lines.Where(line => line.TryGetProperty("mod", out _)), line => Assert.Matches("^[0-9A-F]{8}$", line.GetProperty("uid").GetString()));
        Assert.Contains("up 50 ", run.Error, StringComparison.Ordinal);
        await subscriber.WaitForAsync(received => received.Count(IsLastWill) == 1, Delivery);
    }

    [Fact]
    public async Task Stopping_early_still_disconnects_with_the_last_wills_and_prints_the_summary_within_the_2_second_grace()
    {
        var prefix = $"simulate-test-{Guid.NewGuid():N}";
        await using var subscriber = await MqttRecorder.SubscribeAsync($"{prefix}/connectors/+/+");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var run = await SimulateRun.RunAsync(
            stop.Token, "--connectors", "3", "--rate", "300", "--duration", "60", "--broker", MqttRecorder.BrokerAddress, "--topic-prefix", prefix, "--psk", Psk);

        Assert.Equal(SimulateExitCodes.Interrupted, run.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.5 + 2), $"stopping took until {clock.Elapsed}");
        Assert.Contains("last will 3", run.Output, StringComparison.Ordinal);
        await subscriber.WaitForAsync(received => received.Count(IsLastWill) == 3, Delivery);
    }

    [Fact]
    public async Task An_unreachable_broker_ends_the_run_with_exit_code_3_and_a_clear_line()
    {
        var run = await SimulateRun.RunAsync("--broker", "mqtt://127.0.0.1:1", "--duration", "1");

        Assert.Equal(SimulateExitCodes.BrokerUnreachable, run.ExitCode);
        Assert.Contains("MF_5A0000 cannot connect to mqtt://127.0.0.1:1", run.Error, StringComparison.Ordinal);
    }

    private static void AssertSequencesRiseInOneBootPerConnector(IReadOnlyList<ReceivedMessage> messages)
    {
        var seen = new HashSet<string>();
        foreach (var connector in messages.GroupBy(message => message.Serial))
        {
            var sequences = new List<(string Boot, long Seq)>();
            foreach (var message in connector)
            {
                var firstCopy = seen.Add(Convert.ToHexString(message.Payload));
                if (!firstCopy || IsLastWill(message) || JwsClaims.TryRead(message.Payload) is not { } claims)
                {
                    continue;
                }

                sequences.Add((claims.GetProperty("boot").GetString()!, claims.GetProperty("seq").GetInt64()));
            }

            Assert.Single(sequences.Select(entry => entry.Boot).Distinct());
            Assert.Equal(2, sequences[0].Seq);
            Assert.All(sequences.Zip(sequences.Skip(1)), pair => Assert.True(pair.Second.Seq > pair.First.Seq, $"{connector.Key}: seq {pair.Second.Seq} after {pair.First.Seq}"));
        }
    }

    private static bool IsLastWill(ReceivedMessage message) =>
        message.Kind == "status" && JwsClaims.TryRead(message.Payload) is { } claims && !claims.GetProperty("online").GetBoolean();
}
