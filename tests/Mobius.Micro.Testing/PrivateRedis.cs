using System.Diagnostics;
using System.Globalization;

namespace Mobius.Micro.Testing;

/// <summary>
/// A Redis server of the test's own on a free loopback port, saving snapshots into a temporary folder
/// as the redis:7 image does by default (a clean shutdown saves, a kill loses what came after the last
/// snapshot), so a test can stop, kill and restart it.
/// </summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private readonly string _folder;
    private Process? _server;

    private PrivateRedis(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>StackExchange.Redis configuration: reconnects by itself, never gives up at start.</summary>
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false";

    public static async Task<PrivateRedis> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mobius-redis-{Guid.NewGuid():N}"[..21]);
        Directory.CreateDirectory(folder);
        var redis = new PrivateRedis(folder, LoopbackPorts.Free());
        await redis.StartAsync(TimeSpan.FromSeconds(30));
        return redis;
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        _server = Commands.StartServer("redis-server", new Dictionary<string, string>(),
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder, "--save", "3600 1 300 100 60 10000", "--daemonize", "no");
        await Commands.WaitUntilListeningAsync(Port, _server, "redis-server", timeout);
    }

    /// <summary>SIGTERM: Redis saves its snapshot and exits, as on an orderly shutdown.</summary>
    public Task StopAsync() => SignalAndWaitAsync("TERM");

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
}
