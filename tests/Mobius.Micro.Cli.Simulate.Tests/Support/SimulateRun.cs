using System.CommandLine;

namespace Mobius.Micro.Cli.Simulate.Tests.Support;

/// <summary>Runs <c>mobius simulate</c> in-process exactly as the command line parses it, capturing both outputs.</summary>
public sealed record SimulateRun(int ExitCode, string Output, string Error)
{
    public static Task<SimulateRun> RunAsync(params string[] arguments) => RunAsync(CancellationToken.None, arguments);

    /// <param name="stop">Stops the run as Ctrl+C does.</param>
    public static async Task<SimulateRun> RunAsync(CancellationToken stop, params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await SimulateCommand.Create().Parse(arguments).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, stop);
        return new SimulateRun(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
