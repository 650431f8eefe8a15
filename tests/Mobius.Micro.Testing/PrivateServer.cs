using System.Diagnostics;

namespace Mobius.Micro.Testing;

/// <summary>
/// A server process of the test's own, in a temporary folder and on a free loopback port, that a
/// fault test can stop (the server's orderly-shutdown signal), kill (SIGKILL) and start again.
/// Disposing it ends the process and removes the folder.
/// </summary>
public abstract class PrivateServer(string folder, int port, string stopSignal) : IAsyncDisposable
{
    private Process? _server;

    public int Port => port;

    protected string Folder => folder;

    /// <summary>Starts the process and waits until it listens on <see cref="Port"/>.</summary>
    public abstract Task StartAsync(TimeSpan timeout);

    /// <summary>The orderly shutdown an operator would cause.</summary>
    public Task StopAsync() => SignalAndWaitAsync(stopSignal);

    /// <summary>A crash: whatever the server had not yet written is gone.</summary>
    public Task KillAsync() => SignalAndWaitAsync("KILL");

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await (StopsWhenDisposed ? StopAsync() : KillAsync());
        }

        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Whether disposing stops the server in order rather than killing it.</summary>
    protected virtual bool StopsWhenDisposed => false;

    /// <summary>Records the started process and answers whether it is still running.</summary>
    protected bool Started(Process server)
    {
        _server?.Dispose();
        _server = server;
        return !server.HasExited;
    }

    protected Task WaitUntilListeningAsync(string name, TimeSpan timeout) =>
        Commands.WaitUntilListeningAsync(Port, _server!, name, timeout);

    private async Task SignalAndWaitAsync(string signal)
    {
        await Commands.SignalAsync(_server!.Id, signal);
        await _server.WaitForExitAsync();
        _server.Dispose();
        _server = null;
        await Commands.WaitUntilClosedAsync(Port, TimeSpan.FromSeconds(30));
    }
}
