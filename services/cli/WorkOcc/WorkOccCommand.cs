using System.CommandLine;
using Mobius.Micro.Cli.JsonLines;

namespace Mobius.Micro.Cli.WorkOcc;

/// <summary><c>mobius workocc decode</c>: WorkOcc frames as JSON lines on standard input, their meaning as JSON lines on standard output.</summary>
public static class WorkOccCommand
{
    /// <param name="input">Where the lines come from; standard input unless a test gives its own.</param>
    public static Command Create(TextReader? input = null)
    {
        var decode = new Command("decode", """Decode WorkOcc frames: one {"hex":"A701..."} per input line, one JSON result per output line""");
        decode.SetAction((parsed, cancellationToken) =>
            JsonLinesFilter.RunAsync(input ?? Console.In, parsed.InvocationConfiguration.Output, WorkOccDecodeLine.Decode, cancellationToken));
        return new Command("workocc", "WorkPlace Occupancy frames") { decode };
    }
}
