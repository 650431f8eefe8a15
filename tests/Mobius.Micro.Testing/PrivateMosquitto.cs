namespace Mobius.Micro.Testing;

/// <summary>
/// A Mosquitto of the test's own on a free loopback port, anonymous, with persistence in a temporary
/// folder (sessions and their queued QoS 1 messages survive a clean restart), so a test can stop,
/// kill and restart the broker. Stopping is SIGTERM (Mosquitto saves its persistence file and exits);
/// a kill loses whatever arrived since the last autosave (at most a second).
/// </summary>
public sealed class PrivateMosquitto(string folder, int port) : PrivateServer(folder, port, "TERM")
{
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

    public override async Task StartAsync(TimeSpan timeout)
    {
        Started(Commands.StartServer(Executable(), new Dictionary<string, string>(), "-c", Path.Combine(Folder, "mosquitto.conf")));
        await WaitUntilListeningAsync("mosquitto", timeout);
    }

    private static string Executable() =>
        new[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto" }.FirstOrDefault(File.Exists) ?? "mosquitto";
}
