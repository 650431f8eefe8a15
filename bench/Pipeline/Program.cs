using Mobius.Micro.Bench.Pipeline;
using Mobius.Micro.Bench.Pipeline.Measuring;
using Mobius.Micro.Bench.Pipeline.Report;
using Mobius.Micro.Bench.Pipeline.Stages;
using Mobius.Micro.Bench.Pipeline.Telegrams;

// The pipeline benchmark: Mosquitto alone, the gateway alone and end to end, each at fixed rates and
// up a ramp; or, with --soak, one long end-to-end run with the memory and handle trend.
var options = PipelineOptions.Parse(args);
var startedAt = DateTimeOffset.UtcNow;
var loadBefore = LoadAverage.Now();
var telegrams = new SequencedTelegrams(options.Devices);
var ledger = new TelegramLedger(telegrams);
var paths = new Paths(options, telegrams, ledger, stage => Console.WriteLine(ResultTable.StageLine(stage)));
Console.WriteLine($"Load average {loadBefore}; {options.Connectors} connectors, {options.Devices:N0} devices");
Console.WriteLine(ResultTable.StageHeader);

if (options.SoakSeconds > 0)
{
    var (result, samples) = await paths.SoakAsync();
    var trends = SoakTrend.Of(samples);
    Console.WriteLine();
    Console.WriteLine($"Soak: {options.SoakRate:N0}/s for {options.SoakSeconds} s, load average {loadBefore} (before) / {LoadAverage.Now()} (after)");
    SoakTrend.Print(trends, Console.Out);
    TimelineTable.Print(result, Console.Out);
    var soakFile = await ResultFile.WriteAsync(options.ResultsDirectory, new { result, trends, samples }, startedAt, "soak");
    Console.WriteLine($"Figures: {soakFile}");
    return result.Lost == 0 ? 0 : 1;
}

var stages = new List<StageResult>();
if (options.Paths.Contains(Paths.Baseline))
{
    Console.WriteLine("Mosquitto alone (publisher -> plain QoS 1 subscriber):");
    stages.AddRange(await paths.BaselineAsync());
}

if (options.Paths.Contains(Paths.GatewayAlone))
{
    Console.WriteLine("Gateway alone (publisher -> gateway -> RabbitMQ confirm -> MQTT ack; seen on the bus):");
    stages.AddRange(await paths.GatewayAloneAsync());
}

if (options.Paths.Contains(Paths.EndToEnd))
{
    Console.WriteLine("End to end (publisher -> gateway -> decoders -> object store; seen as the stored value):");
    stages.AddRange(await paths.EndToEndAsync());
}

var summary = new BenchSummary(startedAt, loadBefore, LoadAverage.Now(), stages);
ResultTable.Print(summary, Console.Out);
var file = await ResultFile.WriteAsync(options.ResultsDirectory, new { summary, summary.MaxSustained, summary.EndToEndRatio, summary.GatewayRatio, summary.Verdicts }, startedAt);
Console.WriteLine($"Figures: {file}");
return 0;
