using System.CommandLine;
using Mobius.Micro.Cli.WorkOcc;

namespace Mobius.Micro.Cli.WorkOcc.Tests;

/// <summary>Runs <c>workocc decode</c> in process on the given input lines and answers its exit code and output lines.</summary>
internal static class WorkOccDecodeRun
{
    public static async Task<(int ExitCode, string[] Lines)> RunAsync(params string[] inputLines)
    {
        var output = new StringWriter();
        var root = new RootCommand { WorkOccCommand.Create(new StringReader(string.Join('\n', inputLines))) };
        var exitCode = await root.Parse(["workocc", "decode"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
