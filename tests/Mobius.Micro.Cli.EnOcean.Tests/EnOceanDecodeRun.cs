using System.CommandLine;
using System.Text.Json.Nodes;
using Mobius.Micro.Cli.EnOcean;

namespace Mobius.Micro.Cli.EnOcean.Tests;

/// <summary>Runs <c>enocean decode</c> in process on the given input lines and answers its exit code and output lines.</summary>
internal static class EnOceanDecodeRun
{
    public static async Task<(int ExitCode, string[] Lines)> RunAsync(params string[] inputLines)
    {
        var output = new StringWriter();
        var root = new RootCommand { EnOceanCommand.Create(new StringReader(string.Join('\n', inputLines))) };
        var exitCode = await root.Parse(["enocean", "decode"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public static async Task<JsonObject> DecodeAsync(string inputLine)
    {
        var (exitCode, lines) = await RunAsync(inputLine);
        Assert.Equal(0, exitCode);
        return JsonNode.Parse(Assert.Single(lines))!.AsObject();
    }
}
