using System.Globalization;

namespace Mobius.Micro.Testing;

/// <summary>
/// A Redis server of the test's own on a free loopback port, saving snapshots into a temporary folder
/// as the redis:7 image does by default (a clean shutdown saves, a kill loses what came after the last
/// snapshot), so a test can stop (SIGTERM: Redis saves its snapshot and exits), kill and restart it.
/// </summary>
public sealed class PrivateRedis(string folder, int port) : PrivateServer(folder, port, "TERM")
{
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

    public override async Task StartAsync(TimeSpan timeout)
    {
        Started(Commands.StartServer("redis-server", new Dictionary<string, string>(),
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", Folder, "--save", "3600 1 300 100 60 10000", "--daemonize", "no"));
        await WaitUntilListeningAsync("redis-server", timeout);
    }
}
