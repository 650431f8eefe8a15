using System.Globalization;

namespace Mobius.Micro.Bench.ObjectStore;

/// <summary>What the benchmark runs: <c>--devices=1000 --messages=30000 --read-seconds=10 --read-concurrency=16</c>.</summary>
public sealed record BenchOptions
{
    /// <summary>EnOcean A5-04-01 device objects the reports are spread over.</summary>
    public int Devices { get; init; } = 1000;

    /// <summary><c>ObjectValuesReported</c> messages published for the measured run (each carries <see cref="ValuesPerMessage"/> values).</summary>
    public int Messages { get; init; } = 30_000;

    /// <summary>Messages published and consumed before measuring, so JIT and connection pools are warm.</summary>
    public int WarmUpMessages { get; init; } = 3_000;

    /// <summary>How long the API read benchmark runs.</summary>
    public int ReadSeconds { get; init; } = 10;

    /// <summary>Parallel HTTP clients of the read benchmark.</summary>
    public int ReadConcurrency { get; init; } = 16;

    /// <summary>Values per message, as the EnOcean decoder reports an A5-04-01 telegram: status, dBm, lrn, humidity, temperature, hasTemperatureSensor.</summary>
    public const int ValuesPerMessage = 6;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        foreach (var arg in args)
        {
            var (name, value) = arg.Split('=', 2) is [var n, var v] ? (n, int.Parse(v, CultureInfo.InvariantCulture)) : throw Usage(arg);
            options = name switch
            {
                "--devices" => options with { Devices = value },
                "--messages" => options with { Messages = value },
                "--warm-up-messages" => options with { WarmUpMessages = value },
                "--read-seconds" => options with { ReadSeconds = value },
                "--read-concurrency" => options with { ReadConcurrency = value },
                _ => throw Usage(arg),
            };
        }

        return options;
    }

    private static ArgumentException Usage(string arg) =>
        new($"unknown argument '{arg}'; use --devices=N --messages=N --warm-up-messages=N --read-seconds=N --read-concurrency=N");
}
