using System.Diagnostics;

namespace Mobius.Micro.Testing;

/// <summary>
/// A Mosquitto of the test's own on a free loopback port, anonymous, with persistence in a temporary
/// folder (sessions and their queued QoS 1 messages survive a clean restart), so a test can stop,
/// kill and restart the broker.
/// </summary>
public sealed class PrivateMosquitto : IAsyncDisposable
{
    private readonly string _folder;
    private Process? _server;

    private PrivateMosquitto(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<PrivateMosquitto> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mobius-mosquitto-{Guid.NewGuid():N}"[..25]);
        Directory.CreateDirectory(folder);
        var broker = new PrivateMosquitto(folder, LoopbackPorts.Free());
        await File.WriteAllLinesAsync(Path.Combine(folder, "mosquitto.conf"),
        [
            "user root",
            $"listener {broker.Port} 127.0.0.1",
            "allow_anonymous true",
            "persistence true",
            $"persistence_location {folder}/",
            "autosave_interval 1",
            "max_queued_messages 100000",
        ]);
        await broker.StartAsync(TimeSpan.FromSeconds(30));
        return broker;
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        _server = Commands.StartServer(Executable(), new Dictionary<string, string>(), "-c", Path.Combine(_folder, "mosquitto.conf"));
        await Commands.WaitUntilListeningAsync(Port, _server, "mosquitto", timeout);
    }

    /// <summary>SIGTERM: Mosquitto saves its persistence file and exits.</summary>
    public Task StopAsync() => SignalAndWaitAsync("TERM");

    /// <summary>SIGKILL: whatever arrived since the last autosave (at most a second) is gone.</summary>
    public Task KillAsync() => SignalAndWaitAsync("KILL");

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await KillAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private async Task SignalAndWaitAsync(string signal)
    {
        await Commands.SignalAsync(_server!.Id, signal);
        await _server.WaitForExitAsync();
        _server.Dispose();
        _server = null;
        await Commands.WaitUntilClosedAsync(Port, TimeSpan.FromSeconds(30));
    }

    private static string Executable() =>
        new[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto" }.FirstOrDefault(File.Exists) ?? "mosquitto";
}
