using System.Diagnostics;

namespace Mobius.Micro.Testing;

/// <summary>Short command-line tools the private servers need (initdb, pg_ctl, rabbitmqctl, kill), run to completion.</summary>
public static class Commands
{
    public static Task RunAsync(string command, params string[] arguments) => RunAsync(command, new Dictionary<string, string>(), arguments);

    /// <summary>Runs the command and fails the test with its output when it exits with anything but 0.</summary>
    public static async Task RunAsync(string command, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        await OutputOfAsync(command, environment, arguments);

    /// <summary>Runs the command and answers what it wrote; fails the test when it exits with anything but 0.</summary>
    public static async Task<string> OutputOfAsync(string command, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} failed: {await output} {await errors}");
        return await output;
    }

    /// <summary>Sends a signal (<c>TERM</c> to ask a server to stop, <c>KILL</c> for a crash) to a process.</summary>
    public static Task SignalAsync(int processId, string signal) =>
        RunAsync("kill", "-s", signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Waits until nothing listens on the port any more (a stopped server has let it go).</summary>
    public static async Task WaitUntilClosedAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (LoopbackPorts.IsListening(port))
        {
            Assert.True(DateTime.UtcNow < deadline, $"port {port} still open after {timeout.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the server on the port accepts connections, failing early when its process has exited.</summary>
    public static async Task WaitUntilListeningAsync(int port, Process server, string name, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!LoopbackPorts.IsListening(port))
        {
            Assert.False(server.HasExited, $"{name} exited with code {(server.HasExited ? server.ExitCode : 0)}");
            Assert.True(DateTime.UtcNow < deadline, $"{name} did not listen on {port} within {timeout.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    /// <summary>Starts a long-running server process whose output is read and dropped (its logs are in its folder).</summary>
    public static Process StartServer(string command, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        return server;
    }
}
