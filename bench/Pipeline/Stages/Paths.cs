using Mobius.Micro.Bench.Pipeline.Measuring;
using Mobius.Micro.Bench.Pipeline.Site;
using Mobius.Micro.Bench.Pipeline.Stack;
using Mobius.Micro.Bench.Pipeline.Taps;
using Mobius.Micro.Bench.Pipeline.Telegrams;
using Mobius.Micro.Testing;

namespace Mobius.Micro.Bench.Pipeline.Stages;

/// <summary>
/// The three paths a telegram is measured on, each with a warm-up, the fixed rates and a ramp:
/// Mosquitto alone (publisher to a plain subscriber), the gateway alone (publisher to the gateway,
/// to RabbitMQ's confirm, to the MQTT acknowledgement; seen as <c>RawTelegramReceived</c>), and end
/// to end (to the value stored, seen as the object store's <c>ResourceValuesChanged</c>).
/// </summary>
public sealed class Paths(PipelineOptions options, SequencedTelegrams telegrams, TelegramLedger ledger, Action<StageResult> report)
{
    public const string Baseline = "mosquitto";
    public const string GatewayAlone = "gateway";
    public const string EndToEnd = "end-to-end";

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);
    private const double WarmUpRate = 500;
    private const double SustainedRate = 1_000;
    private static readonly TimeSpan ShortestTimelineWindow = TimeSpan.FromSeconds(10);
    private const int MostTimelineWindows = 60;
    private static readonly TimeSpan SoakSampleInterval = TimeSpan.FromSeconds(10);

    public async Task<IReadOnlyList<StageResult>> BaselineAsync()
    {
        var prefix = $"mobius-bench-{Guid.NewGuid():N}"[..24];
        var (host, port) = StackFixture.MqttEndpoint();
        await using var tap = await MqttSubscriberTap.SubscribeAsync(host, port, prefix, telegrams, ledger);
        await using var site = await BenchSite.ConnectAsync(TestInfrastructure.Mqtt, prefix, options.Connectors, options.MaxInFlight, telegrams, ledger);
        var runner = new StageRunner(Baseline, site, telegrams, ledger, [Bench(), Shared("mosquitto")]);
        return await MeasureAsync(runner, stack: null);
    }

    public async Task<IReadOnlyList<StageResult>> GatewayAloneAsync()
    {
        await using var stack = await PipelineStack.StartAsync(withDecoders: false);
        await BenchDevices.ProvisionConnectorsAsync(stack, options.Connectors);
        await using var tap = await BusTap.BindAsync(stack.Bus, "EnOceanTelegramsReceived", Readers.RawTelegrams(telegrams, ledger));
        await using var site = await BenchSite.ConnectAsync(TestInfrastructure.Mqtt, stack.TopicPrefix, options.Connectors, options.MaxInFlight, telegrams, ledger);
        var runner = new StageRunner(GatewayAlone, site, telegrams, ledger, [.. Services(stack), Bench(), .. Brokers()]);
        return await MeasureAsync(runner, stack);
    }

    public async Task<IReadOnlyList<StageResult>> EndToEndAsync()
    {
        await using var stack = await StartEndToEndAsync();
        await using var tap = await BusTap.BindAsync(stack.Bus, "ResourceValuesChanged", Readers.StoredTemperatures(telegrams, ledger, StackFixture.HubId));
        await using var site = await BenchSite.ConnectAsync(TestInfrastructure.Mqtt, stack.TopicPrefix, options.Connectors, options.MaxInFlight, telegrams, ledger);
        var runner = new StageRunner(EndToEnd, site, telegrams, ledger, [.. Services(stack), Bench(), .. Brokers()]);
        return await MeasureAsync(runner, stack, sustained: options.Full);
    }

    /// <summary>End to end at one rate for a long time, memory and handles sampled every 10 s.</summary>
    public async Task<(StageResult Result, IReadOnlyList<ProcessSample> Samples)> SoakAsync()
    {
        await using var stack = await StartEndToEndAsync();
        await using var tap = await BusTap.BindAsync(stack.Bus, "ResourceValuesChanged", Readers.StoredTemperatures(telegrams, ledger, StackFixture.HubId));
        await using var site = await BenchSite.ConnectAsync(TestInfrastructure.Mqtt, stack.TopicPrefix, options.Connectors, options.MaxInFlight, telegrams, ledger);
        var runner = new StageRunner(EndToEnd, site, telegrams, ledger, [.. Services(stack), Bench(), .. Brokers()]);
        await ReportAsync(runner.RunAsync("warm-up", WarmUpRate, WarmUp), stack, quiet: true);
        IReadOnlyList<ProcessSample> samples = [];
        var result = await ReportAsync(
            runner.RunAsync($"soak {options.SoakSeconds} s", options.SoakRate, TimeSpan.FromSeconds(options.SoakSeconds), TimelineWindow(options.SoakSeconds), SoakSampleInterval, monitor => samples = [.. monitor.Samples]),
            stack);
        return (result, samples);
    }

    private async Task<PipelineStack> StartEndToEndAsync()
    {
        var stack = await PipelineStack.StartAsync(withDecoders: true);
        await BenchDevices.ProvisionConnectorsAsync(stack, options.Connectors);
        Console.WriteLine($"  creating {telegrams.Devices:N0} {SequencedTelegrams.Eep} device objects ...");
        await BenchDevices.ProvisionDevicesAsync(stack, telegrams);
        return stack;
    }

    /// <summary>
    /// Warm-up, the fixed rates and the ramp; with <paramref name="sustained"/>, the long stage at
    /// <see cref="SustainedRate"/> right after that rate's short one: warm, and before a rate the
    /// pipeline cannot keep up with leaves a backlog behind.
    /// </summary>
    private async Task<IReadOnlyList<StageResult>> MeasureAsync(StageRunner runner, StackFixture? stack, bool sustained = false)
    {
        await ReportAsync(runner.RunAsync("warm-up", WarmUpRate, WarmUp), stack, quiet: true);
        var results = new List<StageResult>();
        foreach (var rate in Rates.Fixed)
        {
            results.Add(await ReportAsync(runner.RunAsync($"{rate:N0}/s", rate, TimeSpan.FromSeconds(options.StageSeconds)), stack));
            if (sustained && rate == SustainedRate)
            {
                var duration = TimeSpan.FromSeconds(options.SustainedSeconds);
                results.Add(await ReportAsync(runner.RunAsync($"sustained {options.SustainedSeconds} s", rate, duration, TimelineWindow(options.SustainedSeconds)), stack));
            }
        }

        results.AddRange(await runner.RampAsync(Rates.Ramp(), TimeSpan.FromSeconds(options.RampStepSeconds), step =>
        {
            EnsureRunning(stack);
            report(step);
        }));
        return results;
    }

    /// <summary>10 s, or longer for a run of more than 10 minutes, so its timeline stays at most 60 lines.</summary>
    private static TimeSpan TimelineWindow(int seconds) =>
        TimeSpan.FromSeconds(Math.Max(ShortestTimelineWindow.TotalSeconds, Math.Ceiling((double)seconds / MostTimelineWindows)));

    private async Task<StageResult> ReportAsync(Task<StageResult> stage, StackFixture? stack, bool quiet = false)
    {
        var result = await stage;
        EnsureRunning(stack);
        if (!quiet)
        {
            report(result);
        }

        return result;
    }

    /// <summary>A service that died makes every later figure meaningless: stop with its output.</summary>
    private static void EnsureRunning(StackFixture? stack)
    {
        if (stack?.Services.FirstOrDefault(service => service.HasExited) is { } exited)
        {
            throw new InvalidOperationException($"{exited.Name} exited during the benchmark:\n{exited.Output}");
        }
    }

    private static IEnumerable<MeasuredProcess> Services(StackFixture stack) =>
        stack.Services.Select(service => MeasuredProcess.Of(service.Name, service.ProcessId));

    private static MeasuredProcess Bench() => MeasuredProcess.Of("bench (simulator, tap)", Environment.ProcessId);

    private static MeasuredProcess Shared(string command) => MeasuredProcess.ByCommand(command, command);

    private static IEnumerable<MeasuredProcess> Brokers() =>
    [
        Shared("mosquitto"),
        MeasuredProcess.ByCommand("rabbitmq", "beam.smp"),
        Shared("redis-server"),
        Shared("postgres"),
    ];
}
