using System.Globalization;

namespace Mobius.Micro.Bench.Pipeline;

/// <summary>
/// What the benchmark runs. <c>--full</c> adds the 5-minute sustained stage at 1,000/s;
/// <c>--soak=SECONDS</c> runs only the soak (end to end at <c>--soak-rate</c>, memory and handles
/// sampled every 10 s). The environment variable <c>BENCH_FULL=1</c> is the same as <c>--full</c>.
/// </summary>
public sealed record PipelineOptions
{
    public int Connectors { get; init; } = 20;

    public int Devices { get; init; } = 1000;

    /// <summary>Unacknowledged QoS 1 publishes per connector (the broker's receive maximum lowers it).</summary>
    public int MaxInFlight { get; init; } = 100;

    public int StageSeconds { get; init; } = 8;

    public int RampStepSeconds { get; init; } = 6;

    public bool Full { get; init; } = Environment.GetEnvironmentVariable("BENCH_FULL") == "1";

    public int SustainedSeconds { get; init; } = 300;

    public int SoakSeconds { get; init; }

    public int SoakRate { get; init; } = 1000;

    public string ResultsDirectory { get; init; } = "bench/results";

    /// <summary>Which paths run: <c>mosquitto,gateway,end-to-end</c>.</summary>
    public IReadOnlySet<string> Paths { get; init; } = new HashSet<string>(["mosquitto", "gateway", "end-to-end"]);

    public static PipelineOptions Parse(string[] args)
    {
        var options = new PipelineOptions();
        foreach (var arg in args)
        {
            if (arg == "--full")
            {
                options = options with { Full = true };
                continue;
            }

            var (name, value) = arg.Split('=', 2) is [var n, var v] ? (n, v) : throw Usage(arg);
            options = name switch
            {
                "--connectors" => options with { Connectors = Number(value) },
                "--devices" => options with { Devices = Number(value) },
                "--max-in-flight" => options with { MaxInFlight = Number(value) },
                "--stage-seconds" => options with { StageSeconds = Number(value) },
                "--ramp-step-seconds" => options with { RampStepSeconds = Number(value) },
                "--sustained-seconds" => options with { SustainedSeconds = Number(value) },
                "--soak" => options with { SoakSeconds = Number(value) },
                "--soak-rate" => options with { SoakRate = Number(value) },
                "--results" => options with { ResultsDirectory = value },
                "--paths" => options with { Paths = value.Split(',').ToHashSet() },
                _ => throw Usage(arg),
            };
        }

        return options;
    }

    private static int Number(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static ArgumentException Usage(string arg) => new(
        $"unknown argument '{arg}'; use --full --connectors=N --devices=N --max-in-flight=N --stage-seconds=N --ramp-step-seconds=N " +
        "--sustained-seconds=N --soak=SECONDS --soak-rate=N --results=DIR --paths=mosquitto,gateway,end-to-end");
}
