using System.CommandLine;
using Mobius.Micro.Cli.JsonLines;

namespace Mobius.Micro.Cli.EnOcean;

/// <summary><c>mobius enocean decode</c>: EnOcean packets, telegrams or payloads as JSON lines on standard input, their meaning as JSON lines on standard output.</summary>
public static class EnOceanCommand
{
    /// <param name="input">Where the lines come from; standard input unless a test gives its own.</param>
    public static Command Create(TextReader? input = null)
    {
        var decode = new Command(
            "decode",
            """Decode EnOcean data: one {"hex":"55..."} (a packet or a stream), {"erp1":"..."} or {"payload":"...","eep":"A5-04-01","status":0} per input line, with an optional "eep"; one JSON result per output line""");
        decode.SetAction((parsed, cancellationToken) =>
            JsonLinesFilter.RunAsync(input ?? Console.In, parsed.InvocationConfiguration.Output, EnOceanDecodeLine.Decode, cancellationToken));
        return new Command("enocean", "EnOcean packets and telegrams") { decode };
    }
}
