using System.Diagnostics;

namespace Mobius.Micro.Testing;

/// <summary>
/// A RabbitMQ node of the test's own (own name, port and data directory, no plugins), so a test can
/// stop, kill and restart the broker without disturbing anything else running on the shared one. Its
/// data survives a restart, as a real broker's durable queues do. The default <c>guest</c> account
/// works (loopback only).
/// </summary>
public sealed class PrivateRabbitMq : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _nodeName;
    private readonly int _distributionPort;
    private Process? _server;

    private PrivateRabbitMq(string folder, string nodeName, int port, int distributionPort)
    {
        _folder = folder;
        _nodeName = nodeName;
        Port = port;
        _distributionPort = distributionPort;
    }

    public int Port { get; }

    public static async Task<PrivateRabbitMq> StartAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var folder = Path.Combine(Path.GetTempPath(), $"mobius-rabbit-{id}");
        Directory.CreateDirectory(folder);
        var broker = new PrivateRabbitMq(folder, $"mobius-test-{id}@localhost", LoopbackPorts.Free(), LoopbackPorts.Free());
        await File.WriteAllTextAsync(Path.Combine(folder, "enabled_plugins"), "[].\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq.conf"), $"listeners.tcp.default = 127.0.0.1:{broker.Port}\n");
        await Commands.RunAsync("chown", "-R", "rabbitmq:rabbitmq", folder);
        await broker.StartAsync(TimeSpan.FromSeconds(90));
        return broker;
    }

    /// <summary>Stops the node cleanly (as an operator would) and waits for it to be gone.</summary>
    public async Task StopAsync()
    {
        await Commands.RunAsync("rabbitmqctl", Environment(), "-n", _nodeName, "stop");
        await _server!.WaitForExitAsync();
        _server.Dispose();
        _server = null;
    }

    /// <summary>Kills the node's Erlang VM with SIGKILL, as a crash would: nothing is flushed or closed.</summary>
    public async Task KillAsync()
    {
        var pid = int.Parse((await File.ReadAllTextAsync(PidFile())).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await Commands.SignalAsync(pid, "KILL");
        await _server!.WaitForExitAsync();
        _server.Dispose();
        _server = null;
        await Commands.WaitUntilClosedAsync(Port, TimeSpan.FromSeconds(30));
    }

    /// <summary>The queues that hold messages, with how many: a consumer's <c>_error</c> queue holds the messages it gave up on.</summary>
    public async Task<IReadOnlyDictionary<string, long>> NonEmptyQueuesAsync()
    {
        var listing = await Commands.OutputOfAsync("rabbitmqctl", Environment(), "-n", _nodeName, "list_queues", "name", "messages", "--quiet", "--no-table-headers");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length == 2 && long.TryParse(columns[1], out var count) && count > 0)
            .ToDictionary(columns => columns[0], columns => long.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        _server = Commands.StartServer("rabbitmq-server", Environment());
        await Commands.WaitUntilListeningAsync(Port, _server, $"RabbitMQ node {_nodeName} (log: {_folder}/log)", timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await StopAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private string PidFile() => Path.Combine(_folder, "rabbitmq.pid");

    private Dictionary<string, string> Environment() => new()
    {
        ["RABBITMQ_NODENAME"] = _nodeName,
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_folder, "rabbitmq.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_folder, "enabled_plugins"),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_folder, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(_folder, "log"),
        ["RABBITMQ_PID_FILE"] = PidFile(),
        ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
    };
}
